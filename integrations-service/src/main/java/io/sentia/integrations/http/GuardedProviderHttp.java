package io.sentia.integrations.http;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.sentia.integrations.connector.Provider;
import io.sentia.integrations.connector.ProviderCallException;
import io.sentia.integrations.connector.ProviderHttp;
import io.sentia.integrations.connector.ProviderRequest;
import io.sentia.integrations.connector.ProviderResponse;
import io.sentia.integrations.connector.RatePolicy;
import org.jspecify.annotations.Nullable;

/**
 * The {@link ProviderHttp} connectors get: {@link RateLimitedProviderHttp} behind one
 * circuit breaker per provider, with metrics of every request (provider, operation,
 * outcome) and of each credential's remaining quota.
 * <p>
 * Metrics: timer {@value #CALLS} tagged {@code provider}, {@code operation} and
 * {@code status} (the final HTTP status, or the failure code such as
 * {@code provider_unavailable}); gauge {@value #QUOTA} tagged {@code provider} and
 * {@code connection} (the connection's id, or {@value ProviderHttp#APP}), from
 * {@link RatePolicy#remainingQuota()}. The credential key (a shop domain, mailbox,
 * organisation or seller id) is a tenant's identifier and never a tag.
 */
public class GuardedProviderHttp implements ProviderHttp {

	static final String CALLS = "sentia.integrations.provider.calls";

	static final String QUOTA = "sentia.integrations.provider.quota.remaining";

	private final RateLimitedProviderHttp http;

	private final CircuitBreakerRegistry breakers;

	private final MeterRegistry meters;

	private final Set<String> gauged = ConcurrentHashMap.newKeySet();

	public GuardedProviderHttp(RateLimitedProviderHttp http, CircuitBreakerRegistry breakers, MeterRegistry meters) {
		this.http = http;
		this.breakers = breakers;
		this.meters = meters;
	}

	@Override
	public ProviderClient client(Provider provider, @Nullable UUID connection, String key,
			Supplier<RatePolicy> policy) {
		ProviderClient client = this.http.client(provider, connection, key, policy);
		String connectionTag = (connection != null) ? connection.toString() : APP;
		// One gauge per connection and credential; connections sharing a credential
		// each show its quota.
		if (this.gauged.add(provider.id() + "|" + connectionTag + "|" + key)) {
			RatePolicy created = this.http.policy(provider, key);
			Gauge.builder(QUOTA, created, (rates) -> rates.remainingQuota().orElse(Double.NaN))
				.description("Remaining provider quota of the credential a connection uses, as the provider last"
						+ " reported it")
				.tag("provider", provider.id())
				.tag("connection", connectionTag)
				.strongReference(true)
				.register(this.meters);
		}
		CircuitBreaker breaker = this.breakers.circuitBreaker(provider.id());
		return (request) -> send(provider, breaker, client, request);
	}

	private ProviderResponse send(Provider provider, CircuitBreaker breaker, ProviderClient client,
			ProviderRequest request) {
		if (!breaker.tryAcquirePermission()) {
			record(provider, request, "circuit_open", 0);
			throw new ProviderCallException("provider_unavailable",
					provider.id() + " " + request.operation() + " not attempted: the " + provider.id()
							+ " circuit breaker is open after repeated failures; calls are tried again after "
							+ breaker.getCircuitBreakerConfig().getWaitIntervalFunctionInOpenState().apply(1) + " ms");
		}
		long started = System.nanoTime();
		try {
			ProviderResponse response = client.send(request);
			long elapsed = System.nanoTime() - started;
			breaker.onSuccess(elapsed, TimeUnit.NANOSECONDS);
			record(provider, request, String.valueOf(response.status()), elapsed);
			return response;
		}
		catch (ProviderCallException ex) {
			long elapsed = System.nanoTime() - started;
			if ("provider_unavailable".equals(ex.code())) {
				breaker.onError(elapsed, TimeUnit.NANOSECONDS, ex);
			}
			else {
				// Throttling, pauses and cancellation say nothing about the provider's
				// health.
				breaker.releasePermission();
			}
			record(provider, request, ex.code(), elapsed);
			throw ex;
		}
		catch (RuntimeException ex) {
			long elapsed = System.nanoTime() - started;
			breaker.releasePermission();
			record(provider, request, "error", elapsed);
			throw ex;
		}
	}

	private void record(Provider provider, ProviderRequest request, String status, long nanos) {
		Timer.builder(CALLS)
			.description("Requests to providers, retries included, by final outcome")
			.tag("provider", provider.id())
			.tag("operation", request.operation())
			.tag("status", status)
			.register(this.meters)
			.record(nanos, TimeUnit.NANOSECONDS);
	}

}
