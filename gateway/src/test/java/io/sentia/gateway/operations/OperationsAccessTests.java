package io.sentia.gateway.operations;

import io.sentia.gateway.StubbedPlatform;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who sees what of the operations endpoints, with the production cache of detailed health
 * (a context of its own) and a second analytics-service instance registered at a public
 * address.
 */
@TestPropertySource(properties = "sentia.gateway.health.cache-for=5s")
class OperationsAccessTests extends StubbedPlatform {

	/** An address outside the allowed networks (TEST-NET-3). */
	private static final String OUTSIDE = "http://203.0.113.10:8085";

	@DynamicPropertySource
	static void instanceOutsideTheAllowedNetworks(DynamicPropertyRegistry registry) {
		registry.add("spring.cloud.discovery.client.simple.instances.analytics-service[1].uri", () -> OUTSIDE);
	}

	@Test
	void showsAnonymousCallersTheSummaryOnly() {
		this.anonymous.get()
			.uri("/health/detailed")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("DEGRADED")
			.jsonPath("$.checkedAt")
			.exists()
			.jsonPath("$.services")
			.doesNotExist()
			.jsonPath("$.infrastructure")
			.doesNotExist();
	}

	@Test
	void refusesAWrongOperationsCredential() {
		this.anonymous.get()
			.uri("/health/detailed")
			.headers((headers) -> headers.setBasicAuth(OPERATIONS_USER, "guess"))
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Sentia operations\", charset=\"UTF-8\"")
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void neverProbesAnInstanceOutsideTheAllowedNetworks() {
		this.operations.get()
			.uri("/health/detailed")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.services['analytics-service'].instances")
			.isEqualTo(2)
			.jsonPath("$.services['analytics-service'].status")
			.isEqualTo("DEGRADED")
			.jsonPath("$.services['analytics-service'].checks[?(@.uri == '" + OUTSIDE + "')].detail")
			.isEqualTo(java.util.List.of("not probed: its address is outside sentia.gateway.health.allowed-networks"));
	}

	@Test
	void answersRepeatedCallsFromOneRoundOfProbes() {
		int before = service("auth-service").hits("/actuator/health").size();

		for (int i = 0; i < 3; i++) {
			this.operations.get().uri("/health/detailed").exchange().expectStatus().isOk();
			this.anonymous.get().uri("/health/detailed").exchange().expectStatus().isOk();
		}

		assertThat(service("auth-service").hits("/actuator/health").size() - before).isLessThanOrEqualTo(1);
	}

	@Test
	void requiresTheOperationsCredentialForMetrics() {
		this.anonymous.get().uri("/metrics").exchange().expectStatus().isUnauthorized();
		this.anonymous.get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
		this.gateway.get().uri("/metrics").exchange().expectStatus().isUnauthorized();

		this.operations.get().uri("/metrics").exchange().expectStatus().isOk();
		this.operations.get().uri("/actuator/prometheus").exchange().expectStatus().isOk();
	}

}
