package io.sentia.integrations.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.Map;
import java.util.OptionalDouble;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.sentia.integrations.connector.ConnectionPausedException;
import io.sentia.integrations.connector.Provider;
import io.sentia.integrations.connector.ProviderCallException;
import io.sentia.integrations.connector.ProviderHttp.ProviderClient;
import io.sentia.integrations.connector.ProviderRequest;
import io.sentia.integrations.connector.ProviderResponse;
import io.sentia.integrations.connector.RatePolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A provider that keeps failing opens its circuit, so further calls fail fast without
 * reaching it; throttling does not; every call is counted and each key's quota is a
 * gauge.
 */
class GuardedProviderHttpTests {

	private final WireMockServer provider = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private GuardedProviderHttp http;

	@BeforeEach
	void start() {
		this.provider.start();
		CircuitBreakerRegistry breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
			.slidingWindowSize(4)
			.minimumNumberOfCalls(2)
			.failureRateThreshold(50)
			.waitDurationInOpenState(Duration.ofHours(1))
			.build());
		this.http = new GuardedProviderHttp(new RateLimitedProviderHttp(HttpClient.newHttpClient(),
				new RetrySettings(2, 1, Duration.ofMillis(1), Duration.ofSeconds(5)), Clock.systemUTC(), (duration) -> {
				}), breakers, this.meters);
	}

	@AfterEach
	void stop() {
		this.provider.stop();
	}

	@Test
	void opensTheProvidersCircuitAfterRepeatedFailuresAndStopsCallingIt() {
		this.provider.stubFor(get("/x").willReturn(aResponse().withStatus(503)));
		ProviderClient client = this.http.client(Provider.UNLEASHED, null, "api-id", () -> new Quota(7));

		for (int i = 0; i < 2; i++) {
			assertThatExceptionOfType(ProviderCallException.class).isThrownBy(() -> client.send(request()));
		}
		int reached = this.provider.findAll(getRequestedFor(urlEqualTo("/x"))).size();
		assertThatExceptionOfType(ProviderCallException.class).isThrownBy(() -> client.send(request()))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("provider_unavailable"))
			.withMessageContaining("circuit breaker is open");

		assertThat(this.provider.findAll(getRequestedFor(urlEqualTo("/x")))).hasSize(reached);
		assertThat(this.meters.get(GuardedProviderHttp.CALLS).tag("status", "circuit_open").timer().count())
			.isEqualTo(1);
		ProviderClient otherProvider = this.http.client(Provider.SHOPIFY, null, "shop", () -> new Quota(1));
		this.provider.stubFor(get("/y").willReturn(aResponse().withBody("ok")));
		assertThat(otherProvider.send(ProviderRequest.get(uri("/y"), Map.of(), "y")).text()).isEqualTo("ok");
	}

	@Test
	void throttlingDoesNotOpenTheCircuit() {
		this.provider.stubFor(get("/x").willReturn(aResponse().withStatus(429)));
		ProviderClient client = this.http.client(Provider.XERO, null, "org", () -> new Quota(0));

		for (int i = 0; i < 4; i++) {
			assertThatExceptionOfType(ProviderCallException.class).isThrownBy(() -> client.send(request()))
				.satisfies((ex) -> assertThat(ex.code()).isEqualTo("rate_limited"));
		}
		assertThat(this.meters.get(GuardedProviderHttp.CALLS).tag("status", "rate_limited").timer().count())
			.isEqualTo(4);
	}

	@Test
	void countsCallsByProviderOperationAndStatusAndGaugesRemainingQuota() {
		this.provider.stubFor(get("/x").willReturn(aResponse().withStatus(404)));
		UUID connection = UUID.randomUUID();
		ProviderClient client = this.http.client(Provider.SHOPIFY, connection, "uk.myshopify.com", () -> new Quota(38));

		assertThat(client.send(request()).status()).isEqualTo(404);

		assertThat(this.meters.get(GuardedProviderHttp.CALLS)
			.tags("provider", "shopify", "operation", "x.read", "status", "404")
			.timer()
			.count()).isEqualTo(1);
		assertThat(this.meters.get(GuardedProviderHttp.QUOTA)
			.tags("provider", "shopify", "connection", connection.toString())
			.gauge()
			.value()).isEqualTo(38);
	}

	@Test
	void aPauseIsPassedOnAndDoesNotCountAgainstTheProvider() {
		this.provider.stubFor(get("/x").willReturn(aResponse().withStatus(429)));
		Instant until = Instant.parse("2026-11-23T00:00:00Z");
		ProviderClient client = this.http.client(Provider.XERO, null, "day-limited", () -> new Quota(0) {
			@Override
			public Throttle onThrottled(ProviderResponse response, int attempt, Instant now) {
				return new Throttle.PauseUntil(until, "day limit");
			}
		});

		for (int i = 0; i < 3; i++) {
			assertThatExceptionOfType(ConnectionPausedException.class).isThrownBy(() -> client.send(request()));
		}
	}

	private ProviderRequest request() {
		return ProviderRequest.get(uri("/x"), Map.of(), "x.read");
	}

	private URI uri(String path) {
		return URI.create(this.provider.baseUrl() + path);
	}

	private static class Quota implements RatePolicy {

		private final double remaining;

		Quota(double remaining) {
			this.remaining = remaining;
		}

		@Override
		public Duration delayBeforeCall(Instant now) {
			return Duration.ZERO;
		}

		@Override
		public void observe(ProviderResponse response, Instant now) {
		}

		@Override
		public Throttle onThrottled(ProviderResponse response, int attempt, Instant now) {
			return new Throttle.RetryAfter(Duration.ZERO);
		}

		@Override
		public OptionalDouble remainingQuota() {
			return OptionalDouble.of(this.remaining);
		}

	}

}
