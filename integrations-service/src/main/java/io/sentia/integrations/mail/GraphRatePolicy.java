package io.sentia.integrations.mail;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import io.sentia.integrations.connector.ProviderResponse;
import io.sentia.integrations.connector.RatePolicy;

/**
 * Graph's mailbox limits: at most 4 calls in flight per mailbox ("MailboxConcurrency"),
 * and a throttled answer waits as long as its {@code Retry-After} says (seconds or an
 * HTTP date), or a growing default when it says nothing.
 */
class GraphRatePolicy implements RatePolicy {

	/** Graph allows 4 concurrent requests per app and mailbox. */
	static final int MAILBOX_CONCURRENCY = 4;

	private final Duration defaultRetryAfter;

	GraphRatePolicy(Duration defaultRetryAfter) {
		this.defaultRetryAfter = defaultRetryAfter;
	}

	@Override
	public Duration delayBeforeCall(Instant now) {
		return Duration.ZERO;
	}

	@Override
	public void observe(ProviderResponse response, Instant now) {
		// Graph sends no remaining-quota headers; 429s carry all it says.
	}

	@Override
	public Throttle onThrottled(ProviderResponse response, int attempt, Instant now) {
		Duration wait = retryAfter(response.header("Retry-After"), now);
		return new Throttle.RetryAfter((wait != null) ? wait : this.defaultRetryAfter.multipliedBy(attempt));
	}

	@Override
	public int maxConcurrentCalls() {
		return MAILBOX_CONCURRENCY;
	}

	static Duration retryAfter(String header, Instant now) {
		if (header == null || header.isBlank()) {
			return null;
		}
		String value = header.strip();
		if (value.chars().allMatch(Character::isDigit)) {
			return Duration.ofSeconds(Long.parseLong(value));
		}
		try {
			Duration until = Duration.between(now,
					ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
			return until.isNegative() ? Duration.ZERO : until;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
