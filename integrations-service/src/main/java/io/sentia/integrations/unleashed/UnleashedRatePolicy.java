package io.sentia.integrations.unleashed;

import java.time.Duration;
import java.time.Instant;

import io.sentia.integrations.connector.ProviderResponse;
import io.sentia.integrations.connector.RatePolicy;

/**
 * Unleashed publishes no limits, so one call at a time, at most one per
 * {@code minInterval}; a 429 waits for Retry-After when sent, else a back-off.
 */
final class UnleashedRatePolicy implements RatePolicy {

	private final Duration minInterval;

	private Instant lastCall = Instant.MIN;

	UnleashedRatePolicy(Duration minInterval) {
		this.minInterval = minInterval;
	}

	@Override
	public synchronized Duration delayBeforeCall(Instant now) {
		Instant next = this.lastCall.equals(Instant.MIN) ? now : this.lastCall.plus(this.minInterval);
		Duration delay = next.isAfter(now) ? Duration.between(now, next) : Duration.ZERO;
		this.lastCall = now.plus(delay);
		return delay;
	}

	@Override
	public void observe(ProviderResponse response, Instant now) {
		// Unleashed sends no quota headers.
	}

	@Override
	public Throttle onThrottled(ProviderResponse response, int attempt, Instant now) {
		String retryAfter = response.header("Retry-After");
		if (retryAfter != null && retryAfter.strip().matches("\\d+")) {
			return new Throttle.RetryAfter(Duration.ofSeconds(Long.parseLong(retryAfter.strip())));
		}
		return new Throttle.RetryAfter(this.minInterval.multipliedBy(1L << Math.min(attempt, 6)));
	}

	@Override
	public int maxConcurrentCalls() {
		return 1;
	}

}
