package io.sentia.servicekit.observability;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import io.sentia.servicekit.security.SentiaSecurityProperties.Operations;
import io.sentia.servicekit.testapp.Http;
import io.sentia.servicekit.testapp.ServiceKitTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prometheus scrapes every service with the same common tags, so dashboards can group by
 * service and instance.
 */
class PrometheusTests extends ServiceKitTestSupport {

	@Test
	void everyMetricCarriesServiceAndInstanceTags() {
		HttpResponse<String> response = operations().get("/actuator/prometheus", "text/plain");

		assertThat(response.statusCode()).isEqualTo(200);
		String jvmMemory = response.body()
			.lines()
			.filter((line) -> line.startsWith("jvm_memory_used_bytes{"))
			.findFirst()
			.orElseThrow();
		assertThat(jvmMemory).contains("service=\"service-kit-test\"").containsPattern("instance=\"[^\"]+:\\d+\"");
	}

	@Test
	void exposesTheOutboxMeters() {
		String body = operations().get("/actuator/prometheus", "text/plain").body();

		assertThat(body).contains("sentia_outbox_pending{", "sentia_outbox_oldest_pending_age_seconds{",
				"sentia_outbox_published_total{", "sentia_outbox_failed_total{");
	}

	@Test
	void anOpenMetricsScrapeLinksRequestLatencyBucketsToTheRequestsTrace() {
		String traceId = "5e471a" + UUID.randomUUID().toString().replace("-", "").substring(6);
		HttpResponse<String> request = http().get("/test/latency", "application/json",
				Map.of("traceparent", "00-" + traceId + "-5e471a0000000001-01"));
		assertThat(request.statusCode()).isEqualTo(200);

		HttpResponse<String> scrape = operations().get("/actuator/prometheus",
				"application/openmetrics-text;version=1.0.0;charset=utf-8");

		assertThat(scrape.statusCode()).isEqualTo(200);
		assertThat(scrape.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/openmetrics-text"));
		assertThat(scrape.body()
			.lines()
			.filter((line) -> line.startsWith("http_server_requests_seconds_bucket{")
					&& line.contains("uri=\"/test/latency\"")))
			.as("the buckets of the route, at least one with the request's trace as exemplar")
			.isNotEmpty()
			.anySatisfy((line) -> assertThat(line).containsPattern(" # \\{[^}]*trace_id=\"" + traceId + "\""));
	}

	private Http operations() {
		return http().withBasic(Operations.DEVELOPMENT_USERNAME, Operations.DEVELOPMENT_PASSWORD);
	}

}
