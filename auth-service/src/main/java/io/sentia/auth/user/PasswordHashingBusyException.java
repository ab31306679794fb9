package io.sentia.auth.user;

import java.time.Duration;

/**
 * A hash could not be admitted: either every password-hashing slot stayed busy for the
 * whole bounded wait (the service is saturated: 503), or this caller already has its
 * share of hashes waiting or running (429). Either way the answer carries
 * {@code Retry-After} rather than queueing without limit.
 */
public class PasswordHashingBusyException extends RuntimeException {

	private final Duration retryAfter;

	private final boolean callerOverQuota;

	public PasswordHashingBusyException(Duration retryAfter) {
		this("Too many sign-ins are being checked right now; try again in a few seconds.", retryAfter, false);
	}

	private PasswordHashingBusyException(String message, Duration retryAfter, boolean callerOverQuota) {
		super(message);
		this.retryAfter = retryAfter;
		this.callerOverQuota = callerOverQuota;
	}

	/**
	 * The caller already has as many hashes in flight as one caller may.
	 * @return the exception
	 */
	static PasswordHashingBusyException callerQuotaExceeded() {
		return new PasswordHashingBusyException(
				"Too many sign-in or token requests from your address are being checked at once; try again in a second.",
				Duration.ofSeconds(1), true);
	}

	public Duration getRetryAfter() {
		return this.retryAfter;
	}

	/**
	 * Returns whether this caller's own share was used up (429) rather than the whole
	 * service being saturated (503).
	 * @return whether the caller is over its quota
	 */
	public boolean isCallerOverQuota() {
		return this.callerOverQuota;
	}

}
