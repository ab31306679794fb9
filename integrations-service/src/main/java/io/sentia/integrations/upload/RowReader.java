package io.sentia.integrations.upload;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads typed values from upload rows and collects, instead of throwing, every problem it
 * meets, so one pass reports all of a row's mistakes.
 */
final class RowReader {

	private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

	private static final Pattern WHOLE = Pattern.compile("-?\\d+");

	private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

	private final List<RowProblem> problems = new ArrayList<>();

	void problem(int row, @Nullable String column, String problem) {
		this.problems.add(new RowProblem(row, column, problem));
	}

	boolean hasProblems() {
		return !this.problems.isEmpty();
	}

	List<RowProblem> problems() {
		return List.copyOf(this.problems);
	}

	@Nullable String text(UploadRow row, String column, boolean required) {
		String value = row.value(column);
		if (value.isBlank()) {
			if (required) {
				problem(row.row(), column, "is required");
			}
			return null;
		}
		return value;
	}

	@Nullable BigDecimal decimal(UploadRow row, String column, boolean required, boolean negativeAllowed) {
		String value = text(row, column, required);
		if (value == null) {
			return null;
		}
		if (!DECIMAL.matcher(value).matches()) {
			problem(row.row(), column, "'" + value
					+ "' is not a decimal number; use a decimal point and no thousands separator, e.g. 1234.50");
			return null;
		}
		BigDecimal number = new BigDecimal(value);
		if (!negativeAllowed && number.signum() < 0) {
			problem(row.row(), column, "must not be negative but was " + value);
			return null;
		}
		return number;
	}

	@Nullable Integer whole(UploadRow row, String column, boolean required, @Nullable Integer min) {
		String value = text(row, column, required);
		if (value == null) {
			return null;
		}
		String digits = value.endsWith(".0") ? value.substring(0, value.length() - 2) : value;
		if (!WHOLE.matcher(digits).matches() || digits.length() > 10) {
			problem(row.row(), column, "'" + value + "' is not a whole number");
			return null;
		}
		long number = Long.parseLong(digits);
		if (number > Integer.MAX_VALUE || number < Integer.MIN_VALUE) {
			problem(row.row(), column, value + " is out of range");
			return null;
		}
		if (min != null && number < min) {
			problem(row.row(), column, "must be at least " + min + " but was " + value);
			return null;
		}
		return (int) number;
	}

	@Nullable LocalDate date(UploadRow row, String column, boolean required) {
		String value = text(row, column, required);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			problem(row.row(), column, "'" + value + "' is not an ISO date such as 2026-03-01");
			return null;
		}
	}

	/**
	 * An instant: an ISO date-time with offset, one without (taken as UTC) or a date
	 * (midnight UTC).
	 */
	@Nullable Instant instant(UploadRow row, String column, boolean required) {
		String value = text(row, column, required);
		if (value == null) {
			return null;
		}
		try {
			if (value.length() == 10) {
				return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
			}
			if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:?\\d\\d$")) {
				return OffsetDateTime.parse(value).toInstant();
			}
			return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException ex) {
			problem(row.row(), column,
					"'" + value + "' is not an ISO date or date-time such as 2026-03-01 or 2026-03-01T10:15:00Z");
			return null;
		}
	}

	@Nullable String currency(UploadRow row, String column, boolean required) {
		String value = text(row, column, required);
		if (value == null) {
			return null;
		}
		if (!CURRENCY.matcher(value).matches()) {
			problem(row.row(), column,
					"'" + value + "' is not an ISO-4217 currency code of 3 upper-case letters, e.g. GBP");
			return null;
		}
		return value;
	}

	/** One of the allowed values (compared ignoring case, returned lower-case). */
	@Nullable String oneOf(UploadRow row, String column, Set<String> allowed, @Nullable String fallback) {
		String value = text(row, column, fallback == null);
		if (value == null) {
			return fallback;
		}
		for (String candidate : allowed) {
			if (candidate.equalsIgnoreCase(value)) {
				return candidate;
			}
		}
		problem(row.row(), column, "'" + value + "' must be one of " + String.join(" | ", allowed));
		return null;
	}

	/**
	 * Checks that a column holds the same value on every row of a record (e.g. an order's
	 * currency on each of its lines).
	 */
	void sameOnEveryRow(List<UploadRow> rows, String column) {
		String first = rows.getFirst().value(column);
		for (UploadRow row : rows.subList(1, rows.size())) {
			if (!row.value(column).equals(first)) {
				problem(row.row(), column, "must be the same on every row of the record ('" + first + "' in row "
						+ rows.getFirst().row() + ") but was '" + row.value(column) + "'");
			}
		}
	}

}
