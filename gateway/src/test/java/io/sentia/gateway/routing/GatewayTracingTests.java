package io.sentia.gateway.routing;

import io.sentia.gateway.StubBackend.Hit;
import io.sentia.gateway.StubbedPlatform;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway passes the trace on: a routed request reaches its service with a W3C
 * {@code traceparent} of the caller's trace whose parent is the gateway's own span, so
 * gateway, service, outbox and consumer are one trace.
 */
class GatewayTracingTests extends StubbedPlatform {

	private static final String PATH = "/api/analytics/v1/kpis";

	@Test
	void aRoutedRequestCarriesTheCallersTraceThroughTheGatewaysOwnSpan() {
		String traceId = "5e471a0000000000000000000000cafe";
		String callerSpanId = "5e471a00000000c1";

		this.gateway.get()
			.uri(PATH)
			.header("traceparent", "00-" + traceId + "-" + callerSpanId + "-01")
			.exchange()
			.expectStatus()
			.isOk();

		assertThat(service("analytics-service").hits(PATH)).extracting(Hit::traceparent)
			.singleElement()
			.asString()
			.matches("00-" + traceId + "-[0-9a-f]{16}-01")
			.doesNotContain(callerSpanId);
	}

	@Test
	void aRequestWithoutTraceStartsOneAtTheGateway() {
		this.gateway.get().uri(PATH).exchange().expectStatus().isOk();

		assertThat(service("analytics-service").hits(PATH)).extracting(Hit::traceparent)
			.singleElement()
			.asString()
			.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
	}

}
