package io.sentia.gateway.security.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

import io.sentia.gateway.StubBackend;
import io.sentia.testkit.security.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.embedded.RedisServer;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.awaitility.Awaitility.await;

/**
 * Redis stops (connections refused) and comes back: the limits fail open meanwhile and
 * count again afterwards, without restarting the gateway.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "sentia.gateway.health.cache-for=0s",
		"eureka.client.enabled=false", "sentia.gateway.health.probe-timeout=1s" })
class RedisOutageTests {

	private static final int REDIS_PORT = freePort();

	private static final RedisServer REDIS = redis();

	private static final StubBackend ANALYTICS = StubBackend.start("analytics-service");

	private static final StubBackend REGISTRY = StubBackend.start("service-registry");

	@LocalServerPort
	private int port;

	private WebTestClient partner;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("spring.data.redis.host", () -> "127.0.0.1");
		registry.add("spring.data.redis.port", () -> REDIS_PORT);
		registry.add("spring.cloud.discovery.client.simple.instances.analytics-service[0].uri", ANALYTICS::url);
		registry.add("sentia.gateway.health.registry-url", () -> REGISTRY.url() + "/eureka/");
		registry.add("sentia.security.issuer", TestTokens::issuer);
		registry.add("sentia.security.jwk-set-uri", TestTokens::jwkSetUri);
	}

	@BeforeEach
	void connect() throws IOException {
		if (!REDIS.isActive()) {
			REDIS.start();
		}
		this.partner = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.responseTimeout(Duration.ofSeconds(10))
			.defaultHeader(HttpHeaders.AUTHORIZATION,
					TestTokens.bearer(TestTokens.partner(java.util.UUID.randomUUID().toString(), "analytics.read")))
			.build();
	}

	@AfterAll
	static void stop() throws IOException {
		REDIS.stop();
		ANALYTICS.stop();
		REGISTRY.stop();
	}

	@Test
	void failsOpenWhileRedisIsStoppedAndCountsAgainWhenItIsBack() throws IOException {
		await().atMost(Duration.ofSeconds(10)).until(this::remaining, (left) -> left >= 0);

		REDIS.stop();
		this.partner.get()
			.uri("/api/analytics/v1/kpis")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-RateLimit-Limit", "1000")
			.expectHeader()
			.doesNotExist("X-RateLimit-Remaining");
		this.partner.get()
			.uri("/health/detailed")
			.headers((headers) -> headers.setBasicAuth("operations", "sentia-operations-dev-secret"))
			.exchange()
			.expectBody()
			.jsonPath("$.infrastructure.redis.status")
			.isEqualTo("DOWN");

		REDIS.start();
		// Reconnect attempts back off to at most 2 s; Remaining is back once Redis
		// answers.
		await().atMost(Duration.ofSeconds(10)).until(this::remaining, (left) -> left >= 0);
		this.partner.get()
			.uri("/health/detailed")
			.headers((headers) -> headers.setBasicAuth("operations", "sentia-operations-dev-secret"))
			.exchange()
			.expectBody()
			.jsonPath("$.infrastructure.redis.status")
			.isEqualTo("UP");
	}

	/** What X-RateLimit-Remaining says, -1 when it is missing (limits open). */
	private int remaining() {
		String remaining = this.partner.get()
			.uri("/api/analytics/v1/kpis")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseHeaders()
			.getFirst("X-RateLimit-Remaining");
		return (remaining != null) ? Integer.parseInt(remaining) : -1;
	}

	private static RedisServer redis() {
		try {
			RedisServer server = RedisServer.newRedisServer()
				.bind("127.0.0.1")
				.port(REDIS_PORT)
				.setting("save \"\"")
				.setting("appendonly no")
				.build();
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
