package io.sentia.gateway.problem;

import io.sentia.gateway.StubbedPlatform;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

class GatewayErrorHandlerTests extends StubbedPlatform {

	@Test
	void answersNotFoundProblemForAPathNoRouteServes() {
		this.gateway.get()
			.uri("/api/nothing-here/v1/things")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://sentia.io/problems/not-found")
			.jsonPath("$.title")
			.isEqualTo("Not found")
			.jsonPath("$.status")
			.isEqualTo(404)
			.jsonPath("$.instance")
			.isEqualTo("/api/nothing-here/v1/things");
	}

	@Test
	void keepsTheCircuitBreakerFallbackPrivate() {
		this.gateway.get()
			.uri("/_gateway/unavailable/auth")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void answersMethodNotAllowedProblemOnAnOperationsEndpoint() {
		this.gateway.delete()
			.uri("/health")
			.exchange()
			.expectStatus()
			.isEqualTo(405)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://sentia.io/problems/method-not-allowed");
	}

}
