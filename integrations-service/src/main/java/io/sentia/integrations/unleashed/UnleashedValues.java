package io.sentia.integrations.unleashed;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.sentia.events.Money;
import io.sentia.integrations.connector.RecordRejectedException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads Unleashed's value formats: {@code /Date(ms)/} dates, decimals sent as JSON
 * numbers, quantities that must be whole units.
 */
final class UnleashedValues {

	private static final Pattern MS_DATE = Pattern.compile("/Date\\((-?\\d+)([+-]\\d{4})?\\)/");

	private UnleashedValues() {
	}

	/**
	 * Unleashed dates are {@code /Date(ms)/}: milliseconds since the epoch in UTC. An
	 * offset suffix, when sent, only says which zone the writer was in and does not shift
	 * the instant. Some nested objects carry an ISO local date-time in UTC instead.
	 * @return the instant, or {@code null} when the field is absent or null
	 */
	static @Nullable Instant instant(@Nullable JsonNode node) {
		if (node == null || !node.isString() || node.asString().isBlank()) {
			return null;
		}
		String text = node.asString();
		Matcher matcher = MS_DATE.matcher(text);
		if (matcher.matches()) {
			return Instant.ofEpochMilli(Long.parseLong(matcher.group(1)));
		}
		return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
	}

	/** The UTC calendar date of an Unleashed date, or {@code null}. */
	static @Nullable LocalDate date(@Nullable JsonNode node) {
		Instant instant = instant(node);
		return (instant != null) ? LocalDate.ofInstant(instant, ZoneOffset.UTC) : null;
	}

	/** The exact decimal of a JSON number (or decimal string), or {@code null}. */
	static @Nullable BigDecimal decimal(JsonNode node) {
		if (node.isNumber()) {
			return node.decimalValue();
		}
		if (node.isString() && !node.asString().isBlank()) {
			try {
				return new BigDecimal(node.asString().strip());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return null;
	}

	/** The first field of {@code node} holding a number. */
	static @Nullable BigDecimal firstDecimal(JsonNode node, String... fields) {
		for (String field : fields) {
			BigDecimal value = decimal(node.path(field));
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	/** Money of a number field; zero when the field is absent. */
	static Money money(JsonNode node, String field, String currency) {
		BigDecimal amount = decimal(node.path(field));
		return new Money((amount != null) ? amount : BigDecimal.ZERO, currency);
	}

	/**
	 * A quantity in whole units. Unleashed sends quantities with four decimals
	 * ({@code 12.0000}); a fractional one cannot be counted in units and is refused
	 * rather than rounded.
	 * @param what names the quantity in the rejection
	 * @return the units, 0 when the field is absent
	 */
	static int units(JsonNode node, String field, String what) {
		BigDecimal value = decimal(node.path(field));
		if (value == null) {
			return 0;
		}
		try {
			return value.stripTrailingZeros().intValueExact();
		}
		catch (ArithmeticException ex) {
			throw new RecordRejectedException(what + " " + field + " is " + value.toPlainString()
					+ ", not a whole number of units; Sentia counts stock and orders in units");
		}
	}

	/** Text of a field, or {@code null} when absent, null or blank. */
	static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return (value.isString() && !value.asString().isBlank()) ? value.asString().strip() : null;
	}

}
