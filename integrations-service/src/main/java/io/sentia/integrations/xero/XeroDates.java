package io.sentia.integrations.xero;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Xero's date formats. {@code /Date(1539993600000+0000)/}: the milliseconds are the UTC
 * instant, the {@code ±hhmm} suffix only says at which offset to show it.
 * {@code DateString} ({@code 2018-10-20T00:00:00}) is the organisation's calendar date.
 * The {@code If-Modified-Since} header takes a UTC {@code yyyy-MM-ddTHH:mm:ss}.
 */
final class XeroDates {

	private static final Pattern MS_DATE = Pattern.compile("/Date\\((-?\\d+)([+-]\\d{4})?\\)/");

	private static final DateTimeFormatter IF_MODIFIED_SINCE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
		.withZone(ZoneOffset.UTC);

	private XeroDates() {
	}

	/**
	 * The instant of a {@code /Date(ms±hhmm)/} value (or an ISO date-time, read as UTC
	 * when it has no offset).
	 * @throws IllegalArgumentException naming the value when it is neither
	 */
	static Instant instant(String value) {
		Matcher ms = MS_DATE.matcher(value.strip());
		if (ms.matches()) {
			return Instant.ofEpochMilli(Long.parseLong(ms.group(1)));
		}
		try {
			return Instant.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDateTime.parse(value.strip()).toInstant(ZoneOffset.UTC);
			}
			catch (DateTimeParseException again) {
				throw new IllegalArgumentException("'" + value + "' is not a Xero date", again);
			}
		}
	}

	/**
	 * A calendar date: from the {@code *DateString} when given, else the
	 * {@code /Date(ms±hhmm)/} value shown at its own offset.
	 * @return the date, or {@code null} when neither is given
	 */
	static @Nullable LocalDate date(@Nullable String dateString, @Nullable String msDate) {
		if (dateString != null && !dateString.isBlank()) {
			String text = dateString.strip();
			return (text.length() > 10) ? LocalDateTime.parse(text).toLocalDate() : LocalDate.parse(text);
		}
		if (msDate == null || msDate.isBlank()) {
			return null;
		}
		Matcher ms = MS_DATE.matcher(msDate.strip());
		if (!ms.matches()) {
			throw new IllegalArgumentException("'" + msDate + "' is not a Xero date");
		}
		ZoneOffset offset = (ms.group(2) != null)
				? ZoneOffset.of(ms.group(2).substring(0, 3) + ":" + ms.group(2).substring(3)) : ZoneOffset.UTC;
		return Instant.ofEpochMilli(Long.parseLong(ms.group(1))).atOffset(offset).toLocalDate();
	}

	/**
	 * The {@code If-Modified-Since} value for records changed at or after {@code from}:
	 * whole seconds, rounded down so the boundary second is read again.
	 */
	static String ifModifiedSince(Instant from) {
		return IF_MODIFIED_SINCE.format(from.truncatedTo(ChronoUnit.SECONDS));
	}

}
