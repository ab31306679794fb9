package io.sentia.gateway.security.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.sentia.gateway.StubBackend;
import io.sentia.testkit.security.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Redis accepts connections but never answers (the worst case: a hung server, not a
 * refused port). Partners and public paths keep working with rate limits open, browser
 * sessions get a 503 problem, health says DEGRADED. The gateway's own Redis timeouts are
 * 300 to 500 ms; Lettuce's default (60 s) would make these calls exceed the client's 10
 * s.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "sentia.gateway.health.cache-for=0s",
		"eureka.client.enabled=false", "sentia.gateway.health.probe-timeout=1s" })
class RedisDownTests {

	private static final ServerSocket HUNG_REDIS = hungServer();

	private static final StubBackend ANALYTICS = StubBackend.start("analytics-service");

	private static final StubBackend REGISTRY = StubBackend.start("service-registry");

	@LocalServerPort
	private int port;

	@Autowired
	private MeterRegistry meters;

	private WebTestClient anonymous;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("spring.data.redis.host", () -> "127.0.0.1");
		registry.add("spring.data.redis.port", HUNG_REDIS::getLocalPort);
		registry.add("spring.cloud.discovery.client.simple.instances.analytics-service[0].uri", ANALYTICS::url);
		registry.add("sentia.gateway.health.registry-url", () -> REGISTRY.url() + "/eureka/");
		registry.add("sentia.security.issuer", TestTokens::issuer);
		registry.add("sentia.security.jwk-set-uri", TestTokens::jwkSetUri);
	}

	@BeforeEach
	void connect() {
		this.anonymous = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.responseTimeout(Duration.ofSeconds(10))
			.build();
	}

	@AfterAll
	static void stop() throws IOException {
		HUNG_REDIS.close();
		ANALYTICS.stop();
		REGISTRY.stop();
	}

	@Test
	void letsPartnersThroughUnlimitedAndCountsIt() {
		double before = this.meters.counter("sentia.gateway.rate_limit.unavailable").count();

		this.anonymous.get()
			.uri("/api/analytics/v1/kpis")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.partner("t-1", "analytics.read")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-RateLimit-Limit", "1000")
			.expectHeader()
			.doesNotExist("X-RateLimit-Remaining");

		assertThat(this.meters.counter("sentia.gateway.rate_limit.unavailable").count()).isEqualTo(before + 1);
	}

	@Test
	void answersABrowserSessionWithAServiceUnavailableProblem() {
		this.anonymous.get()
			.uri("/api/analytics/v1/kpis")
			.cookie("SENTIA_SESSION", "a-session-in-redis")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("Sessions are unavailable right now (the session store does not answer); try again shortly");

		assertThat(ANALYTICS.hits("/api/analytics/v1/kpis")).isEmpty();
	}

	@Test
	void cannotStartALoginWithoutSessions() {
		this.anonymous.get()
			.uri("/oauth2/authorization/sentia")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void keepsPublicPathsWorking() {
		this.anonymous.get().uri("/health").exchange().expectStatus().isOk();
	}

	@Test
	void reportsRedisDownAndThePlatformDegraded() {
		this.anonymous.get()
			.uri("/health/detailed")
			.headers((headers) -> headers.setBasicAuth("operations", "sentia-operations-dev-secret"))
			.exchange()
			.expectBody()
			.jsonPath("$.infrastructure.redis.status")
			.isEqualTo("DOWN")
			.jsonPath("$.infrastructure.redis.critical")
			.isEqualTo(false)
			.jsonPath("$.infrastructure.redis.detail")
			.value((String detail) -> assertThat(detail).contains("rate limits fail open"));
	}

	/** A port that completes TCP handshakes (kernel backlog) and never says a word. */
	private static ServerSocket hungServer() {
		try {
			return new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
