package io.sentia.integrations.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.sentia.integrations.connector.ConnectionPausedException;
import io.sentia.integrations.connector.Provider;
import io.sentia.integrations.connector.ProviderCallException;
import io.sentia.integrations.connector.ProviderRequest;
import io.sentia.integrations.connector.ProviderResponse;
import io.sentia.integrations.connector.RatePolicy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RateLimitedProviderHttpTests {

	private final WireMockServer provider = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

	private final List<Duration> waits = new ArrayList<>();

	private RateLimitedProviderHttp http;

	@BeforeEach
	void start() {
		this.provider.start();
		this.http = new RateLimitedProviderHttp(HttpClient.newHttpClient(),
				new RetrySettings(3, 2, Duration.ofMillis(100), Duration.ofSeconds(5)), Clock.systemUTC(),
				this.waits::add);
	}

	@AfterEach
	void stop() {
		this.provider.stop();
	}

	@Test
	void retriesServerErrorsWithDoublingBackoff() {
		this.provider.stubFor(get("/x").inScenario("flaky")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("second"));
		this.provider.stubFor(get("/x").inScenario("flaky")
			.whenScenarioStateIs("second")
			.willReturn(aResponse().withStatus(502))
			.willSetStateTo("ok"));
		this.provider
			.stubFor(get("/x").inScenario("flaky").whenScenarioStateIs("ok").willReturn(aResponse().withBody("done")));

		ProviderResponse response = client(new FixedPolicy(Duration.ofSeconds(7))).send(request());

		assertThat(response.text()).isEqualTo("done");
		assertThat(this.waits).containsExactly(Duration.ZERO, Duration.ofMillis(100), Duration.ZERO,
				Duration.ofMillis(200), Duration.ZERO);
	}

	@Test
	void givesUpOnServerErrorsAfterMaxAttempts() {
		this.provider.stubFor(get("/x").willReturn(aResponse().withStatus(500)));

		assertThatExceptionOfType(ProviderCallException.class)
			.isThrownBy(() -> client(new FixedPolicy(Duration.ofSeconds(1))).send(request()))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("provider_unavailable"));
		this.provider.verify(3, getRequestedFor(urlEqualTo("/x")));
	}

	@Test
	void waitsAsThePolicySaysOnThrottledAnswers() {
		this.provider.stubFor(get("/x").inScenario("busy")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429))
			.willSetStateTo("free"));
		this.provider
			.stubFor(get("/x").inScenario("busy").whenScenarioStateIs("free").willReturn(aResponse().withBody("ok")));

		assertThat(client(new FixedPolicy(Duration.ofSeconds(7))).send(request()).text()).isEqualTo("ok");
		assertThat(this.waits).contains(Duration.ofSeconds(7));
	}

	@Test
	void failsRateLimitedWhenThrottlingDoesNotEnd() {
		this.provider.stubFor(get("/x").willReturn(aResponse().withStatus(429)));

		assertThatExceptionOfType(ProviderCallException.class)
			.isThrownBy(() -> client(new FixedPolicy(Duration.ofSeconds(1))).send(request()))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("rate_limited"));
		this.provider.verify(3, getRequestedFor(urlEqualTo("/x")));
	}

	@Test
	void pausesTheConnectionWhenThePolicySaysSo() {
		this.provider.stubFor(get("/x").willReturn(aResponse().withStatus(429)));
		Instant tomorrow = Instant.parse("2026-11-23T00:00:00Z");
		RatePolicy pausing = new FixedPolicy(Duration.ZERO) {
			@Override
			public Throttle onThrottled(ProviderResponse response, int attempt, Instant now) {
				return new Throttle.PauseUntil(tomorrow, "day limit reached");
			}
		};

		assertThatExceptionOfType(ConnectionPausedException.class).isThrownBy(() -> client(pausing).send(request()))
			.satisfies((ex) -> assertThat(ex.until()).isEqualTo(tomorrow));
	}

	private ProviderHttpClientView client(RatePolicy policy) {
		return this.http.client(Provider.SHOPIFY, null, "test-store", () -> policy)::send;
	}

	private ProviderRequest request() {
		return ProviderRequest.get(URI.create(this.provider.baseUrl() + "/x"), Map.of(), "test.get");
	}

	@FunctionalInterface
	interface ProviderHttpClientView {

		ProviderResponse send(ProviderRequest request);

	}

	static class FixedPolicy implements RatePolicy {

		private final Duration throttleWait;

		FixedPolicy(Duration throttleWait) {
			this.throttleWait = throttleWait;
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
			return new Throttle.RetryAfter(this.throttleWait);
		}

	}

}
