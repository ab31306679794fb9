package io.sentia.integrations.http;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.UUID;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.sentia.integrations.connector.ConnectionPausedException;
import io.sentia.integrations.connector.Provider;
import io.sentia.integrations.connector.ProviderCallException;
import io.sentia.integrations.connector.ProviderHttp;
import io.sentia.integrations.connector.ProviderRequest;
import io.sentia.integrations.connector.ProviderResponse;
import io.sentia.integrations.connector.RatePolicy;
import io.sentia.integrations.connector.RatePolicy.Throttle;

import org.jspecify.annotations.Nullable;

/**
 * {@link ProviderHttp} on the JDK's HTTP client: per credential key one
 * {@link RatePolicy} and a semaphore of its concurrency, throttled answers handled as the
 * policy says, 5xx answers and network failures retried with doubling back-off.
 */
public class RateLimitedProviderHttp implements ProviderHttp {

	private static final Logger log = LoggerFactory.getLogger(RateLimitedProviderHttp.class);

	private final HttpClient http;

	private final RetrySettings retry;

	private final Clock clock;

	private final Pause pause;

	private final Map<String, Limited> limits = new ConcurrentHashMap<>();

	public RateLimitedProviderHttp(HttpClient http, RetrySettings retry, Clock clock, Pause pause) {
		this.http = http;
		this.retry = retry;
		this.clock = clock;
		this.pause = pause;
	}

	@Override
	public ProviderClient client(Provider provider, @Nullable UUID connection, String key,
			Supplier<RatePolicy> policy) {
		Limited limited = this.limits.computeIfAbsent(provider.id() + "|" + key, (k) -> {
			RatePolicy created = policy.get();
			return new Limited(provider, created, new Semaphore(created.maxConcurrentCalls(), true));
		});
		return (request) -> send(limited, request);
	}

	/** The policy of a key, for metrics; {@code null} when the key was never used. */
	public RatePolicy policy(Provider provider, String key) {
		Limited limited = this.limits.get(provider.id() + "|" + key);
		return (limited != null) ? limited.policy() : null;
	}

	private ProviderResponse send(Limited limited, ProviderRequest request) {
		int failures = 0;
		int throttled = 0;
		Duration backoff = this.retry.firstBackoff();
		while (true) {
			ProviderResponse response;
			try {
				response = call(limited, request);
			}
			catch (IOException ex) {
				failures++;
				if (failures >= this.retry.maxAttempts()) {
					throw new ProviderCallException("provider_unavailable", limited.provider().id() + " "
							+ request.operation() + " failed after " + failures + " attempts: " + ex.getMessage(), ex);
				}
				log.warn("{} {} failed ({}), retrying in {}", limited.provider().id(), request.operation(),
						ex.getMessage(), backoff);
				this.pause.pause(backoff);
				backoff = backoff.multipliedBy(2);
				continue;
			}
			limited.policy().observe(response, this.clock.instant());
			if (response.status() == 429) {
				throttled++;
				Throttle throttle = limited.policy().onThrottled(response, throttled, this.clock.instant());
				if (throttle instanceof Throttle.PauseUntil paused) {
					throw new ConnectionPausedException(paused.until(), paused.reason());
				}
				if (throttled > this.retry.maxThrottledRetries()) {
					throw new ProviderCallException("rate_limited", limited.provider().id() + " " + request.operation()
							+ " still throttled after " + throttled + " retries");
				}
				Duration wait = ((Throttle.RetryAfter) throttle).delay();
				log.info("{} {} throttled, waiting {}", limited.provider().id(), request.operation(), wait);
				this.pause.pause(wait);
				continue;
			}
			if (response.status() >= 500) {
				failures++;
				if (failures >= this.retry.maxAttempts()) {
					throw new ProviderCallException("provider_unavailable", limited.provider().id() + " "
							+ request.operation() + " answered " + response.status() + " " + failures + " times");
				}
				this.pause.pause(backoff);
				backoff = backoff.multipliedBy(2);
				continue;
			}
			return response;
		}
	}

	private ProviderResponse call(Limited limited, ProviderRequest request) throws IOException {
		try {
			limited.permits().acquire();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ProviderCallException("cancelled", "interrupted while waiting to call " + request.operation(),
					ex);
		}
		try {
			this.pause.pause(limited.policy().delayBeforeCall(this.clock.instant()));
			HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri()).timeout(this.retry.callTimeout());
			request.headers().forEach(builder::header);
			builder.method(request.method(), (request.body() != null)
					? HttpRequest.BodyPublishers.ofByteArray(request.body()) : HttpRequest.BodyPublishers.noBody());
			HttpResponse<byte[]> response = this.http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new ProviderResponse(response.statusCode(), response.headers().map(), response.body());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ProviderCallException("cancelled", "interrupted while calling " + request.operation(), ex);
		}
		finally {
			limited.permits().release();
		}
	}

	private record Limited(Provider provider, RatePolicy policy, Semaphore permits) {
	}

}
