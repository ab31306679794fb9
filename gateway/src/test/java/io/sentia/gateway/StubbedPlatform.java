package io.sentia.gateway;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.sentia.testkit.Infrastructure;
import io.sentia.testkit.security.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The real gateway on a random port in front of stub services and a stub registry, found
 * through Spring Cloud's simple discovery client instead of Eureka, with the real Redis
 * of the test kit and trusting the test kit's token issuer. Route timeouts are shortened
 * to one second and the circuit breakers to a window of four calls, so failures show
 * quickly. {@link #gateway} calls as a partner with a valid bearer token,
 * {@link #anonymous} without. {@link #LIMITED_TENANT} may make only three API requests
 * per 15 minutes; {@code /bench/**} is the plain pass-through a benchmark would
 * configure. Every test class extending this shares one application context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "eureka.client.enabled=false",
		"sentia.gateway.routes.auth.timeout=1s", "sentia.gateway.routes.auth.slow-call-threshold=500ms",
		"sentia.gateway.routes.integrations.timeout=1s", "sentia.gateway.routes.integrations.slow-call-threshold=500ms",
		"sentia.gateway.routes.webhooks.timeout=1s", "sentia.gateway.routes.webhooks.slow-call-threshold=500ms",
		"sentia.gateway.routes.forecasting.timeout=1s", "sentia.gateway.routes.forecasting.slow-call-threshold=500ms",
		"sentia.gateway.routes.analytics.timeout=2s", "sentia.gateway.routes.analytics.slow-call-threshold=500ms",
		"sentia.gateway.routes.notifications.timeout=1s",
		"sentia.gateway.routes.notifications.slow-call-threshold=500ms",
		// A route to a service that never registers.
		"sentia.gateway.routes.ghost.service=ghost-service", "sentia.gateway.routes.ghost.paths=/api/ghost/**",
		"sentia.gateway.routes.ghost.timeout=1s", "sentia.gateway.routes.ghost.slow-call-threshold=500ms",
		"sentia.gateway.circuit-breaker.sliding-window-size=4",
		"sentia.gateway.circuit-breaker.minimum-number-of-calls=4",
		"sentia.gateway.circuit-breaker.wait-in-open-state=1m",
		"sentia.gateway.circuit-breaker.automatic-transition-from-open-to-half-open=false",
		"sentia.gateway.retry.first-backoff=10ms", "sentia.gateway.retry.max-backoff=40ms",
		"sentia.gateway.health.probe-timeout=1s",
		// Every call probes, so each test sees the stubs as it left them
		// (OperationsAccessTests keeps a cache).
		"sentia.gateway.health.cache-for=0s",
		// The plain pass-through a benchmark configures: public, no rate-limit tier.
		"sentia.gateway.routes.bench.service=analytics-service", "sentia.gateway.routes.bench.paths=/bench/**",
		"sentia.gateway.routes.bench.relay-token=false", "sentia.gateway.routes.bench.timeout=1s",
		"sentia.gateway.routes.bench.slow-call-threshold=500ms", "sentia.gateway.security.public-paths=/bench/**",
		// Login starts are counted per client address (always 127.0.0.1 here), also
		// across
		// runs against a long-lived Redis.
		"sentia.gateway.rate-limits.tiers.auth.requests=5000",
		// The tests' client is the only proxy trusted to say whom it forwards for.
		"sentia.gateway.security.trusted-proxies=127.0.0.1/32,::1/128",
		// Counting, not Redis timeouts, is tested here (RedisDownTests keeps the real
		// ones):
		// a build machine under load must not make the limiter fail open.
		"spring.data.redis.timeout=3s", "sentia.gateway.rate-limits.redis-timeout=4s" })
public abstract class StubbedPlatform {

	public static final List<String> SERVICE_NAMES = List.of("auth-service", "integrations-service",
			"forecasting-service", "analytics-service", "notifications-service");

	protected static final String OPERATIONS_USER = "operations";

	protected static final String OPERATIONS_PASSWORD = "sentia-operations-dev-secret";

	protected static final StubBackend REGISTRY = StubBackend.start("service-registry");

	/**
	 * The default caller's tenant; fresh per JVM so buckets left in a shared Redis do not
	 * matter.
	 */
	protected static final String TENANT = UUID.randomUUID().toString();

	/** A tenant whose own API limit is 3 requests per 15 minutes. */
	protected static final String LIMITED_TENANT = UUID.randomUUID().toString();

	private static final Map<String, StubBackend> SERVICES = new LinkedHashMap<>();

	static {
		SERVICE_NAMES.forEach((name) -> SERVICES.put(name, StubBackend.start(name)));
	}

	@LocalServerPort
	private int port;

	@Autowired
	private ReactiveResilience4JCircuitBreakerFactory circuitBreakers;

	/** Calls as a partner of {@link #TENANT} with a valid token. */
	protected WebTestClient gateway;

	/** Calls without any credentials. */
	protected WebTestClient anonymous;

	/** Calls with the operations credential (the development default). */
	protected WebTestClient operations;

	@DynamicPropertySource
	static void stubs(DynamicPropertyRegistry registry) {
		SERVICES.forEach((name, stub) -> registry
			.add("spring.cloud.discovery.client.simple.instances." + name + "[0].uri", stub::url));
		registry.add("sentia.gateway.health.registry-url", () -> REGISTRY.url() + "/eureka/");
		registry.add("spring.data.redis.host", () -> Infrastructure.redis().host());
		registry.add("spring.data.redis.port", () -> Infrastructure.redis().port());
		registry.add("sentia.security.issuer", TestTokens::issuer);
		registry.add("sentia.security.jwk-set-uri", TestTokens::jwkSetUri);
		registry.add("sentia.gateway.rate-limits.tenants." + LIMITED_TENANT + ".api", () -> 3);
	}

	protected static StubBackend service(String name) {
		return SERVICES.get(name);
	}

	@BeforeEach
	void connectToGateway() {
		this.anonymous = WebTestClient.bindToServer()
			.baseUrl(gatewayUrl())
			.responseTimeout(Duration.ofSeconds(10))
			.build();
		this.gateway = as(TestTokens.partner(TENANT, "analytics.read"));
		this.operations = this.anonymous.mutate()
			.defaultHeaders((headers) -> headers.setBasicAuth(OPERATIONS_USER, OPERATIONS_PASSWORD))
			.build();
	}

	protected String gatewayUrl() {
		return "http://localhost:" + this.port;
	}

	/** A client presenting this bearer token. */
	protected WebTestClient as(String token) {
		return this.anonymous.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token)).build();
	}

	@AfterEach
	void resetStubsAndCircuits() {
		REGISTRY.reset();
		SERVICES.values().forEach(StubBackend::reset);
		this.circuitBreakers.getCircuitBreakerRegistry().getAllCircuitBreakers().forEach(CircuitBreaker::reset);
	}

}
