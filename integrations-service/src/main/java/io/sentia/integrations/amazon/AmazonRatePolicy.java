package io.sentia.integrations.amazon;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalDouble;

import io.sentia.integrations.connector.ProviderResponse;
import io.sentia.integrations.connector.RatePolicy;

/**
 * Token bucket for one SP-API operation, refilled at the rate Amazon reports in
 * {@code x-amzn-RateLimit-Limit} (requests per second). A 429 carries no Retry-After, so
 * the wait is one token's time: 1/rate.
 */
final class AmazonRatePolicy implements RatePolicy {

	private double rate;

	private final double burst;

	private double tokens;

	private Instant refilledAt;

	AmazonRatePolicy(double defaultRate, double burst) {
		this.rate = defaultRate;
		this.burst = burst;
		this.tokens = burst;
	}

	@Override
	public synchronized Duration delayBeforeCall(Instant now) {
		refill(now);
		if (this.tokens >= 1) {
			this.tokens -= 1;
			return Duration.ZERO;
		}
		double missing = 1 - this.tokens;
		this.tokens -= 1;
		return Duration.ofMillis((long) Math.ceil(missing / this.rate * 1000));
	}

	@Override
	public synchronized void observe(ProviderResponse response, Instant now) {
		String limit = response.header("x-amzn-RateLimit-Limit");
		if (limit != null) {
			try {
				double reported = Double.parseDouble(limit.strip());
				if (reported > 0) {
					this.rate = reported;
				}
			}
			catch (NumberFormatException ex) {
				// keep the last known rate; a malformed header must not stop syncing
			}
		}
	}

	@Override
	public synchronized Throttle onThrottled(ProviderResponse response, int attempt, Instant now) {
		observe(response, now);
		this.tokens = 0;
		this.refilledAt = now;
		return new Throttle.RetryAfter(Duration.ofMillis((long) Math.ceil(1000 / this.rate)));
	}

	@Override
	public int maxConcurrentCalls() {
		return 1;
	}

	@Override
	public synchronized OptionalDouble remainingQuota() {
		return OptionalDouble.of(Math.max(0, this.tokens));
	}

	synchronized double rate() {
		return this.rate;
	}

	private void refill(Instant now) {
		if (this.refilledAt != null) {
			double seconds = Duration.between(this.refilledAt, now).toNanos() / 1e9;
			this.tokens = Math.min(this.burst, this.tokens + Math.max(0, seconds) * this.rate);
		}
		this.refilledAt = now;
	}

}
