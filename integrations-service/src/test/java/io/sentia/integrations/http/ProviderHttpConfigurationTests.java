package io.sentia.integrations.http;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalDouble;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.sentia.integrations.IntegrationsWebTest;
import io.sentia.integrations.connector.Provider;
import io.sentia.integrations.connector.ProviderHttp;
import io.sentia.integrations.connector.ProviderRequest;
import io.sentia.integrations.connector.ProviderResponse;
import io.sentia.integrations.connector.RatePolicy;
import io.sentia.testkit.InfrastructureTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's {@link ProviderHttp} bean calls through the circuit breaker and reports
 * to the service's own meter registry (so to Prometheus).
 */
@IntegrationsWebTest
class ProviderHttpConfigurationTests extends InfrastructureTests {

	private final WireMockServer provider = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

	@Autowired
	private ProviderHttp http;

	@Autowired
	private MeterRegistry meters;

	@BeforeEach
	void start() {
		this.provider.start();
	}

	@AfterEach
	void stop() {
		this.provider.stop();
	}

	@Test
	void callsAreCountedAndTheQuotaAndBreakerAreVisibleInTheServicesMetrics() {
		this.provider.stubFor(get("/shop.json").willReturn(aResponse().withBody("{}")));

		ProviderResponse response = this.http.client(Provider.AMAZON, null, "wiring-test", FortyTwoLeft::new)
			.send(ProviderRequest.get(URI.create(this.provider.baseUrl() + "/shop.json"), Map.of(), "shop.read"));

		assertThat(response.status()).isEqualTo(200);
		assertThat(this.meters.get("sentia.integrations.provider.calls")
			.tags("provider", "amazon", "operation", "shop.read", "status", "200")
			.timer()
			.count()).isEqualTo(1);
		assertThat(this.meters.get("sentia.integrations.provider.quota.remaining")
			.tags("provider", "amazon", "connection", "app")
			.gauge()
			.value()).isEqualTo(42);
		assertThat(this.meters.find("resilience4j.circuitbreaker.state").tag("name", "amazon").gauges()).isNotEmpty();
	}

	private static final class FortyTwoLeft implements RatePolicy {

		@Override
		public Duration delayBeforeCall(Instant now) {
			return Duration.ZERO;
		}

		@Override
		public void observe(ProviderResponse response, Instant now) {
		}

		@Override
		public Throttle onThrottled(ProviderResponse response, int attempt, Instant now) {
			return new Throttle.RetryAfter(Duration.ofSeconds(1));
		}

		@Override
		public OptionalDouble remainingQuota() {
			return OptionalDouble.of(42);
		}

	}

}
