package io.sentia.gateway.operations;

import io.sentia.gateway.StubBackend.Answer;
import io.sentia.gateway.StubbedPlatform;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

class OperationsEndpointsTests extends StubbedPlatform {

	private static final String HEALTH = "/actuator/health";

	@Test
	void saysItIsAlive() {
		this.gateway.get().uri("/health").exchange().expectStatus().isOk().expectBody().json("{\"status\":\"UP\"}");
	}

	@Test
	void isReadyWhenTheRegistryAnswers() {
		this.gateway.get()
			.uri("/health/ready")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components['service-registry'].status")
			.isEqualTo("UP");
		assertThat(REGISTRY.hits("/eureka/apps")).hasSize(1);
	}

	@Test
	void isNotReadyWhenTheRegistryIsUnreachable() {
		REGISTRY.stop();

		this.gateway.get()
			.uri("/health/ready")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("DOWN")
			.jsonPath("$.components['service-registry'].status")
			.isEqualTo("DOWN");
	}

	@Test
	void isUpWhenEveryServiceAndAllInfrastructureAreUp() {
		this.operations.get()
			.uri("/health/detailed")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.services.length()")
			.isEqualTo(5)
			.jsonPath("$.services['auth-service'].status")
			.isEqualTo("UP")
			.jsonPath("$.services['auth-service'].instances")
			.isEqualTo(1)
			.jsonPath("$.services['auth-service'].latencyMs")
			.isNumber()
			.jsonPath("$.services['notifications-service'].status")
			.isEqualTo("UP")
			.jsonPath("$.infrastructure['service-registry'].status")
			.isEqualTo("UP")
			.jsonPath("$.infrastructure.db.status")
			.isEqualTo("UP")
			.jsonPath("$.infrastructure.db.component")
			.isEqualTo("PostgreSQL")
			.jsonPath("$.infrastructure.kafka.status")
			.isEqualTo("UP");
		StubbedPlatform.SERVICE_NAMES.forEach((name) -> assertThat(service(name).hits(HEALTH)).hasSize(1));
	}

	@Test
	void isDegradedWhenOneServiceIsDown() {
		service("analytics-service").answer(HEALTH, Answer.health(503, "DOWN", "UP", "UP"));

		this.operations.get()
			.uri("/health/detailed")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("DEGRADED")
			.jsonPath("$.services['analytics-service'].status")
			.isEqualTo("DOWN")
			.jsonPath("$.services['analytics-service'].critical")
			.isEqualTo(false)
			.jsonPath("$.services['forecasting-service'].status")
			.isEqualTo("UP")
			.jsonPath("$.infrastructure.db.status")
			.isEqualTo("UP");
	}

	@Test
	void isDegradedWhenOneServiceIsStopped() {
		service("notifications-service").stop();

		this.operations.get()
			.uri("/health/detailed")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("DEGRADED")
			.jsonPath("$.services['notifications-service'].status")
			.isEqualTo("DOWN")
			.jsonPath("$.services['notifications-service'].instances")
			.isEqualTo(1)
			.jsonPath("$.services['notifications-service'].checks[0].detail")
			.isNotEmpty()
			.jsonPath("$.infrastructure.kafka.status")
			.isEqualTo("UP");
	}

	@Test
	void isDownWhenEveryServiceSeesKafkaDown() {
		StubbedPlatform.SERVICE_NAMES
			.forEach((name) -> service(name).answer(HEALTH, Answer.health(503, "DOWN", "UP", "DOWN")));

		this.operations.get()
			.uri("/health/detailed")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("DOWN")
			.jsonPath("$.infrastructure.kafka.status")
			.isEqualTo("DOWN")
			.jsonPath("$.infrastructure.kafka.reportedBy['auth-service']")
			.isEqualTo("DOWN")
			.jsonPath("$.infrastructure.db.status")
			.isEqualTo("UP");
	}

	@Test
	void isDownWhenTheRegistryIsUnreachable() {
		REGISTRY.stop();

		this.operations.get()
			.uri("/health/detailed")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("DOWN")
			.jsonPath("$.infrastructure['service-registry'].status")
			.isEqualTo("DOWN")
			.jsonPath("$.services['auth-service'].status")
			.isEqualTo("UP");
	}

	@Test
	void servesPrometheusMetricsTaggedWithTheService() {
		// A scrape with latency histograms is larger than the client's default 256 KiB.
		String metrics = this.operations.mutate()
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(8 * 1024 * 1024))
			.build()
			.get()
			.uri("/metrics")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_PLAIN)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(metrics).contains("# TYPE").contains("service=\"gateway\"");
	}

}
