package io.sentia.auth.user;

import java.time.Duration;

/**
 * Every password-hashing slot stayed busy for the whole bounded wait: the service is
 * saturated and answers 503 with {@code Retry-After} rather than queueing without limit.
 */
public class PasswordHashingBusyException extends RuntimeException {

	private final Duration retryAfter;

	public PasswordHashingBusyException(Duration retryAfter) {
		super("Too many sign-ins are being checked right now; try again in a few seconds.");
		this.retryAfter = retryAfter;
	}

	public Duration getRetryAfter() {
		return this.retryAfter;
	}

}
