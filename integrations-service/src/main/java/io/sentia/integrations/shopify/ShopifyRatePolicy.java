package io.sentia.integrations.shopify;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalDouble;

import io.sentia.integrations.connector.ProviderResponse;
import io.sentia.integrations.connector.RatePolicy;

/**
 * One shop's rate limits: the GraphQL cost bucket as
 * {@code extensions.cost.throttleStatus} reports it (calls wait until the next query's
 * cost has been restored) and the REST leaky bucket of
 * {@code X-Shopify-Shop-Api-Call-Limit} (2 calls/s leak). A 429 waits for
 * {@code Retry-After}, 1 s when absent as Shopify's own client does.
 */
public class ShopifyRatePolicy implements RatePolicy {

	static final String CALL_LIMIT = "X-Shopify-Shop-Api-Call-Limit";

	private static final double REST_LEAK_PER_SECOND = 2.0;

	private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

	private double available = Double.NaN;

	private double maximum = Double.NaN;

	private double restoreRate = Double.NaN;

	private Instant costObservedAt = Instant.EPOCH;

	private double nextQueryCost;

	private int restUsed = -1;

	private int restSize;

	private Instant restObservedAt = Instant.EPOCH;

	@Override
	public synchronized Duration delayBeforeCall(Instant now) {
		return max(graphqlDelay(now), restDelay(now));
	}

	private Duration graphqlDelay(Instant now) {
		if (Double.isNaN(this.available) || this.restoreRate <= 0) {
			return Duration.ZERO;
		}
		double restored = this.available + this.restoreRate * seconds(this.costObservedAt, now);
		double availableNow = Math.min(restored, this.maximum);
		double missing = Math.min(this.nextQueryCost, this.maximum) - availableNow;
		return (missing > 0) ? millis(missing / this.restoreRate) : Duration.ZERO;
	}

	private Duration restDelay(Instant now) {
		if (this.restUsed < 0) {
			return Duration.ZERO;
		}
		double used = Math.max(0, this.restUsed - REST_LEAK_PER_SECOND * seconds(this.restObservedAt, now));
		double over = used - (this.restSize - 1);
		return (over > 0) ? millis(over / REST_LEAK_PER_SECOND) : Duration.ZERO;
	}

	@Override
	public synchronized void observe(ProviderResponse response, Instant now) {
		String limit = response.header(CALL_LIMIT);
		if (limit == null) {
			return;
		}
		String[] parts = limit.split("/");
		if (parts.length == 2) {
			try {
				this.restUsed = Integer.parseInt(parts[0].strip());
				this.restSize = Integer.parseInt(parts[1].strip());
				this.restObservedAt = now;
			}
			catch (NumberFormatException ex) {
				// A malformed header teaches nothing; the 429 path still protects us.
			}
		}
	}

	/**
	 * Learns the GraphQL bucket from a response's {@code extensions.cost}.
	 * @param requestedCost the query's requested cost, the estimate for the next page
	 * @param currentlyAvailable points left after the query
	 * @param maximumAvailable bucket size
	 * @param restoreRate points restored per second
	 * @param now when the response arrived
	 */
	public synchronized void observeCost(double requestedCost, double currentlyAvailable, double maximumAvailable,
			double restoreRate, Instant now) {
		this.nextQueryCost = requestedCost;
		this.available = currentlyAvailable;
		this.maximum = maximumAvailable;
		this.restoreRate = restoreRate;
		this.costObservedAt = now;
	}

	@Override
	public Throttle onThrottled(ProviderResponse response, int attempt, Instant now) {
		String retryAfter = response.header("Retry-After");
		if (retryAfter != null) {
			try {
				return new Throttle.RetryAfter(millis(Double.parseDouble(retryAfter.strip())));
			}
			catch (NumberFormatException ex) {
				// Shopify sends seconds; anything else falls back to its client's
				// default.
			}
		}
		return new Throttle.RetryAfter(DEFAULT_RETRY_AFTER);
	}

	@Override
	public synchronized OptionalDouble remainingQuota() {
		return Double.isNaN(this.available) ? OptionalDouble.empty() : OptionalDouble.of(this.available);
	}

	private static double seconds(Instant from, Instant to) {
		return Math.max(0, Duration.between(from, to).toNanos() / 1e9);
	}

	private static Duration millis(double seconds) {
		return Duration.ofMillis((long) Math.ceil(seconds * 1000));
	}

	private static Duration max(Duration a, Duration b) {
		return (a.compareTo(b) >= 0) ? a : b;
	}

}
