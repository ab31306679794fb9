package io.sentia.notifications.outbox;

import java.time.Duration;
import java.util.function.DoubleSupplier;

import io.sentia.notifications.outbox.DeliveryProperties.ChannelPolicy;

/**
 * Exponential back-off with jitter: the first retry after about {@code firstRetry}, each
 * next one twice as late, never later than {@code maxBackoff}; each wait is drawn between
 * half and all of that, so receivers that failed together are not retried together.
 */
final class Backoff {

	private Backoff() {
	}

	/**
	 * The wait before the next attempt.
	 * @param policy the channel's policy
	 * @param failedAttempts attempts made so far, at least 1
	 * @param random a uniform draw in [0, 1)
	 * @return the wait
	 */
	static Duration delay(ChannelPolicy policy, int failedAttempts, DoubleSupplier random) {
		long first = policy.firstRetry().toMillis();
		long max = policy.maxBackoff().toMillis();
		int doublings = Math.min(Math.max(failedAttempts - 1, 0), 40);
		long full = Math.min(max, multiply(first, doublings));
		long jittered = full / 2 + (long) (random.getAsDouble() * (full - full / 2));
		return Duration.ofMillis(Math.max(jittered, 1));
	}

	private static long multiply(long first, int doublings) {
		long value = first;
		for (int i = 0; i < doublings; i++) {
			if (value > Long.MAX_VALUE / 2) {
				return Long.MAX_VALUE;
			}
			value *= 2;
		}
		return value;
	}

}
