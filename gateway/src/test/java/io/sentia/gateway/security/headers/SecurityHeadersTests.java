package io.sentia.gateway.security.headers;

import io.sentia.gateway.StubbedPlatform;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.test.web.reactive.server.WebTestClient;

/** The same headers on every response, whoever answered. */
class SecurityHeadersTests extends StubbedPlatform {

	@ParameterizedTest(name = "{0} {1} -> {2}")
	@CsvSource({ "partner, /api/analytics/v1/kpis, 200", "anonymous, /api/analytics/v1/kpis, 401",
			"partner, /nowhere, 404", "anonymous, /health, 200", "partner, /api/ghost/v1/x, 503" })
	void writesSecurityHeadersOnEveryResponse(String caller, String path, int status) {
		WebTestClient client = caller.equals("partner") ? this.gateway : this.anonymous;

		client.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.valueEquals("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
			.expectHeader()
			.valueEquals("Content-Security-Policy",
					"default-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'")
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY")
			.expectHeader()
			.valueEquals("Referrer-Policy", "strict-origin-when-cross-origin");
	}

}
