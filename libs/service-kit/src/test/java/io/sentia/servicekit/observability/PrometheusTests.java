package io.sentia.servicekit.observability;

import java.net.http.HttpResponse;

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

	private Http operations() {
		return http().withBasic(Operations.DEVELOPMENT_USERNAME, Operations.DEVELOPMENT_PASSWORD);
	}

}
