package io.sentia.integrations.xero;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.OptionalDouble;

import io.sentia.integrations.connector.ProviderResponse;
import io.sentia.integrations.connector.RatePolicy;

/**
 * One Xero organisation's limits (60 calls a minute, 5,000 a day, 5 at once), fed by
 * {@code X-MinLimit-Remaining} and {@code X-DayLimit-Remaining}. A 429 names the limit in
 * {@code X-Rate-Limit-Problem}: the minute limit waits for {@code Retry-After}, the day
 * limit pauses the connection until the next UTC day, because retrying within the day
 * only burns the app's minute quota.
 */
final class XeroRatePolicy implements RatePolicy {

	static final String MINUTE_REMAINING = "X-MinLimit-Remaining";

	static final String DAY_REMAINING = "X-DayLimit-Remaining";

	static final String PROBLEM = "X-Rate-Limit-Problem";

	private static final Duration MINUTE = Duration.ofMinutes(1);

	private int minuteRemaining = -1;

	private int dayRemaining = -1;

	private Instant minuteObservedAt = Instant.EPOCH;

	@Override
	public synchronized Duration delayBeforeCall(Instant now) {
		// With the minute's calls used up, wait for the minute to roll over rather than
		// earn a 429.
		if (this.minuteRemaining == 0) {
			Duration left = Duration.between(now, this.minuteObservedAt.plus(MINUTE));
			return left.isPositive() ? left : Duration.ZERO;
		}
		return Duration.ZERO;
	}

	@Override
	public synchronized void observe(ProviderResponse response, Instant now) {
		Integer minute = number(response.header(MINUTE_REMAINING));
		if (minute != null) {
			this.minuteRemaining = minute;
			this.minuteObservedAt = now;
		}
		Integer day = number(response.header(DAY_REMAINING));
		if (day != null) {
			this.dayRemaining = day;
		}
	}

	@Override
	public Throttle onThrottled(ProviderResponse response, int attempt, Instant now) {
		String problem = String.valueOf(response.header(PROBLEM)).strip().toLowerCase(Locale.ROOT);
		Duration retryAfter = retryAfter(response);
		if ("day".equals(problem)) {
			Instant nextDay = LocalDate.ofInstant(now, ZoneOffset.UTC)
				.plusDays(1)
				.atStartOfDay(ZoneOffset.UTC)
				.toInstant();
			Instant until = (retryAfter != null && now.plus(retryAfter).isAfter(nextDay)) ? now.plus(retryAfter)
					: nextDay;
			return new Throttle.PauseUntil(until,
					"Xero's daily limit of 5,000 calls for this organisation is used up (X-Rate-Limit-Problem: day); "
							+ "syncing resumes the next UTC day");
		}
		if (retryAfter != null) {
			return new Throttle.RetryAfter(retryAfter);
		}
		// Without Retry-After: a minute limit clears within a minute; a concurrency limit
		// as soon as a call finishes.
		return new Throttle.RetryAfter("minute".equals(problem) ? MINUTE : Duration.ofSeconds(attempt));
	}

	/** Xero allows 5 calls in flight per organisation. */
	@Override
	public int maxConcurrentCalls() {
		return 5;
	}

	@Override
	public synchronized OptionalDouble remainingQuota() {
		return (this.dayRemaining < 0) ? OptionalDouble.empty() : OptionalDouble.of(this.dayRemaining);
	}

	synchronized int minuteRemaining() {
		return this.minuteRemaining;
	}

	private static Duration retryAfter(ProviderResponse response) {
		Integer seconds = number(response.header("Retry-After"));
		return (seconds != null && seconds >= 0) ? Duration.ofSeconds(seconds) : null;
	}

	private static Integer number(String header) {
		if (header == null) {
			return null;
		}
		try {
			return Integer.valueOf(header.strip());
		}
		catch (NumberFormatException ex) {
			// A malformed header teaches nothing; the 429 path still protects us.
			return null;
		}
	}

}
