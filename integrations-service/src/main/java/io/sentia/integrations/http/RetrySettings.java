package io.sentia.integrations.http;

import java.time.Duration;

/**
 * How provider calls are retried.
 *
 * @param maxAttempts attempts per request for 5xx answers and network failures
 * @param maxThrottledRetries retries of throttled (429) answers per request
 * @param firstBackoff wait before the first retry of a 5xx or network failure; doubles
 * each time
 * @param callTimeout how long one call may take
 */
public record RetrySettings(int maxAttempts, int maxThrottledRetries, Duration firstBackoff, Duration callTimeout) {

	/**
	 * Defaults: 4 attempts, 6 throttled retries, 500 ms first back-off, 30 s per call.
	 */
	public static RetrySettings defaults() {
		return new RetrySettings(4, 6, Duration.ofMillis(500), Duration.ofSeconds(30));
	}

}
