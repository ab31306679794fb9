package io.sentia.gateway.security.headers;

import io.sentia.gateway.StubbedPlatform;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/** Only the SPA's origin (http://localhost:5173 by default) may call with credentials. */
class CorsTests extends StubbedPlatform {

	private static final String SPA = "http://localhost:5173";

	@Test
	void allowsAPreflightFromTheSpaOriginWithCredentials() {
		this.anonymous.options()
			.uri("/api/analytics/v1/kpis")
			.header(HttpHeaders.ORIGIN, SPA)
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "content-type,x-xsrf-token")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, SPA)
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true");

		assertThat(service("analytics-service").hits()).isEmpty();
	}

	@Test
	void refusesAPreflightFromAnotherOrigin() {
		this.anonymous.options()
			.uri("/api/analytics/v1/kpis")
			.header(HttpHeaders.ORIGIN, "https://evil.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
	}

	@Test
	void refusesACrossOriginCallFromAnotherOrigin() {
		this.gateway.get()
			.uri("/api/analytics/v1/kpis")
			.header(HttpHeaders.ORIGIN, "https://evil.example")
			.exchange()
			.expectStatus()
			.isForbidden();

		assertThat(service("analytics-service").hits()).isEmpty();
	}

	@Test
	void letsTheSpaReadTheRateLimitHeaders() {
		this.gateway.get()
			.uri("/api/analytics/v1/kpis")
			.header(HttpHeaders.ORIGIN, SPA)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, SPA)
			.expectHeader()
			.value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS,
					(exposed) -> assertThat(exposed).contains("X-RateLimit-Remaining", "Retry-After"));
	}

}
