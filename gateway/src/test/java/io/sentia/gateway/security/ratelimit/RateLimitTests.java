package io.sentia.gateway.security.ratelimit;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.sentia.gateway.StubbedPlatform;
import io.sentia.testkit.security.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Token buckets in the test kit's Redis. {@code LIMITED_TENANT} has its own API limit of
 * 3 requests per 15 minutes; everybody else has the default 1000.
 */
class RateLimitTests extends StubbedPlatform {

	@Autowired
	private ReactiveStringRedisTemplate redis;

	private static final String KPIS = "/api/analytics/v1/kpis";

	@Test
	void stopsATenantOverItsLimitWhileAnotherTenantKeepsGoing() {
		WebTestClient limited = as(TestTokens.partner(LIMITED_TENANT, "analytics.read"));
		for (int remaining = 2; remaining >= 0; remaining--) {
			limited.get()
				.uri(KPIS)
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.valueEquals("X-RateLimit-Limit", "3")
				.expectHeader()
				.valueEquals("X-RateLimit-Remaining", Integer.toString(remaining));
		}

		// 3 per 900 s: one request's worth of tokens comes back every 300 s (less the
		// seconds that passed since the bucket was full).
		limited.get()
			.uri(KPIS)
			.exchange()
			.expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.value(HttpHeaders.RETRY_AFTER, (seconds) -> assertThat(Integer.parseInt(seconds)).isBetween(290, 300))
			.expectHeader()
			.valueEquals("X-RateLimit-Remaining", "0")
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://sentia.io/problems/too-many-requests")
			.jsonPath("$.status")
			.isEqualTo(429)
			.jsonPath("$.tier")
			.isEqualTo("api")
			.jsonPath("$.retryAfterSeconds")
			.value((Integer seconds) -> assertThat(seconds).isBetween(290, 300));
		assertThat(service("analytics-service").hits(KPIS)).hasSize(3);

		this.gateway.get()
			.uri(KPIS)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-RateLimit-Limit", "1000");
	}

	@Test
	void countsEachCallerOfATenantInItsOwnBucket() {
		String tenant = java.util.UUID.randomUUID().toString();
		String first = as(TestTokens.user(tenant, "VIEWER")).get()
			.uri(KPIS)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseHeaders()
			.getFirst("X-RateLimit-Remaining");
		String second = as(TestTokens.user(tenant, "VIEWER")).get()
			.uri(KPIS)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseHeaders()
			.getFirst("X-RateLimit-Remaining");

		// Two users (random subjects) of one tenant: each starts with a full bucket.
		assertThat(first).isEqualTo("999");
		assertThat(second).isEqualTo("999");
	}

	@Test
	void limitsAdminEndpointsInTheirOwnTier() {
		this.gateway.get()
			.uri("/api/auth/v1/admin/users")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-RateLimit-Limit", "200");
	}

	@Test
	void countsASignedInPersonsOwnAuthCallsAsApiCallsAndTheLinksAnyoneMayUsePerAddress() {
		this.gateway.get()
			.uri("/api/auth/v1/me/invitations")
			.exchange()
			.expectHeader()
			.valueEquals("X-RateLimit-Limit", "1000");
		this.gateway.get().uri("/api/auth/v1/audit").exchange().expectHeader().valueEquals("X-RateLimit-Limit", "1000");
		this.anonymous.post()
			.uri("/api/auth/v1/password-resets")
			.exchange()
			.expectHeader()
			.valueEquals("X-RateLimit-Limit", "5000");
	}

	@Test
	void limitsAuthEndpointsPerClientAddress() {
		this.anonymous.get()
			.uri("/oauth2/authorization/sentia")
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.valueEquals("X-RateLimit-Limit", "5000");
	}

	@Test
	void countsTheAddressATrustedProxyForwardsForNotWhatTheClientWrote() {
		String client = "198.18." + ThreadLocalRandom.current().nextInt(256) + "."
				+ ThreadLocalRandom.current().nextInt(256);
		String spoofed = "198.19." + ThreadLocalRandom.current().nextInt(256) + "."
				+ ThreadLocalRandom.current().nextInt(256);

		this.anonymous.get()
			.uri("/oauth2/authorization/sentia")
			.header("X-Forwarded-For", spoofed + ", " + client)
			.exchange()
			.expectStatus()
			.isFound();

		assertThat(bucketsOf(client)).isNotEmpty();
		assertThat(bucketsOf(spoofed)).isEmpty();
	}

	/** RedisRateLimiter's keys of an address's buckets. */
	private List<String> bucketsOf(String address) {
		return this.redis.keys("request_rate_limiter*address:" + address + "}*").collectList().block();
	}

	@Test
	void leavesOperationsEndpointsUnlimited() {
		this.anonymous.get()
			.uri("/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.doesNotExist("X-RateLimit-Limit");
	}

}
