package io.sentia.gateway;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The real gateway on a random port in front of stub services and a stub registry, found
 * through Spring Cloud's simple discovery client instead of Eureka. Route timeouts are
 * shortened to one second and the circuit breakers to a window of four calls, so failures
 * show quickly. Every test class extending this shares one application context.
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
		"sentia.gateway.health.probe-timeout=1s" })
public abstract class StubbedPlatform {

	public static final List<String> SERVICE_NAMES = List.of("auth-service", "integrations-service",
			"forecasting-service", "analytics-service", "notifications-service");

	protected static final StubBackend REGISTRY = StubBackend.start("service-registry");

	private static final Map<String, StubBackend> SERVICES = new LinkedHashMap<>();

	static {
		SERVICE_NAMES.forEach((name) -> SERVICES.put(name, StubBackend.start(name)));
	}

	@LocalServerPort
	private int port;

	@Autowired
	private ReactiveResilience4JCircuitBreakerFactory circuitBreakers;

	protected WebTestClient gateway;

	@DynamicPropertySource
	static void stubs(DynamicPropertyRegistry registry) {
		SERVICES.forEach((name, stub) -> registry
			.add("spring.cloud.discovery.client.simple.instances." + name + "[0].uri", stub::url));
		registry.add("sentia.gateway.health.registry-url", () -> REGISTRY.url() + "/eureka/");
	}

	protected static StubBackend service(String name) {
		return SERVICES.get(name);
	}

	@BeforeEach
	void connectToGateway() {
		this.gateway = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.responseTimeout(Duration.ofSeconds(10))
			.build();
	}

	@AfterEach
	void resetStubsAndCircuits() {
		REGISTRY.reset();
		SERVICES.values().forEach(StubBackend::reset);
		this.circuitBreakers.getCircuitBreakerRegistry().getAllCircuitBreakers().forEach(CircuitBreaker::reset);
	}

}
