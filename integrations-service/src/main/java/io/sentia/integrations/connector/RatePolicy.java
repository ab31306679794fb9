package io.sentia.integrations.connector;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalDouble;

/**
 * A provider's rate-limit rules for one credential (one Shopify store, one Amazon refresh
 * token and region, one Xero organisation, one mailbox), fed by the provider's own
 * response headers. {@link ProviderHttp} keeps one instance per key and consults it
 * around every call; implementations must be thread-safe.
 */
public interface RatePolicy {

	/** How long to wait before the next call may go out (zero when it may go now). */
	Duration delayBeforeCall(Instant now);

	/** Learns from a response's headers (every response, throttled ones included). */
	void observe(ProviderResponse response, Instant now);

	/**
	 * What to do about a throttled (429) response.
	 * @param attempt 1 for the first throttled answer to this request
	 */
	Throttle onThrottled(ProviderResponse response, int attempt, Instant now);

	/** At most this many calls in flight at once for the key. */
	default int maxConcurrentCalls() {
		return 4;
	}

	/**
	 * Remaining quota as the provider last reported it, for metrics; empty if unknown.
	 */
	default OptionalDouble remainingQuota() {
		return OptionalDouble.empty();
	}

	/** The answer to a throttled response. */
	sealed interface Throttle {

		/** Wait, then retry the same request. */
		record RetryAfter(Duration delay) implements Throttle {
		}

		/** Stop using the connection until {@code until} (e.g. Xero's day limit). */
		record PauseUntil(Instant until, String reason) implements Throttle {
		}

	}

}
