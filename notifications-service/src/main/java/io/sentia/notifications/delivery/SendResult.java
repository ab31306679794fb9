package io.sentia.notifications.delivery;

import java.time.Duration;

/**
 * How one attempt to send went.
 */
public sealed interface SendResult {

	/**
	 * How long the attempt took.
	 * @return the time from the request to the answer
	 */
	Duration took();

	/**
	 * The receiver accepted it.
	 *
	 * @param status the HTTP status or SMTP reply code, or {@code null} when there is
	 * none
	 * @param took how long it took
	 */
	record Delivered(Integer status, Duration took) implements SendResult {
	}

	/**
	 * It may work later (timeout, 5xx, 429, SMTP 4xx, connection refused).
	 *
	 * @param reason what went wrong, without secrets
	 * @param status the HTTP status or SMTP reply code, or {@code null}
	 * @param took how long it took
	 * @param retryAfter what the receiver asked for (e.g. {@code Retry-After}), or
	 * {@code null} to use the back-off
	 */
	record Retry(String reason, Integer status, Duration took, Duration retryAfter) implements SendResult {
	}

	/**
	 * It will never work as it is (4xx other than 408/429, an unknown address, a disabled
	 * target).
	 *
	 * @param reason what went wrong, without secrets
	 * @param status the HTTP status or SMTP reply code, or {@code null}
	 * @param took how long it took
	 */
	record Rejected(String reason, Integer status, Duration took) implements SendResult {
	}

}
