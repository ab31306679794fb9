package io.sentia.analytics.fx;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.sentia.servicekit.errors.ApiProblemException;
import io.sentia.servicekit.errors.InvalidField;
import io.sentia.servicekit.errors.ProblemType;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an uploaded list of manual rates, as JSON
 * ({@code [{"date":"2026-03-02","base":"GBP","quote":"USD","rate":"1.2712"}]}) or CSV
 * ({@code date,base,quote,rate}, header line optional), and checks every row: ISO dates
 * not in the future, ISO-4217 currencies that differ, a rate above zero, no pair and day
 * twice. All problems are answered at once (at most {@value #MAX_ERRORS}), each naming
 * its field: {@code [0].rate} in JSON, {@code line[3].rate} in CSV (lines counted from
 * 1).
 */
final class FxRateUpload {

	/** Most rates one upload may hold: ten years of thirty currencies fit in three. */
	static final int MAX_RATES = 10_000;

	/** Most problems listed in one answer. */
	static final int MAX_ERRORS = 50;

	private static final String CSV_HEADER = "date,base,quote,rate";

	private final ObjectReader reader;

	FxRateUpload(JsonMapper jsonMapper) {
		// Decimal rates are read as written, never through a binary double.
		this.reader = jsonMapper.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
	}

	/**
	 * Reads and checks a JSON array of rates.
	 * @param body the request body
	 * @param today the latest allowed date
	 * @return the rates, manual
	 * @throws ApiProblemException 400 naming each invalid field
	 */
	List<FxRate> fromJson(String body, LocalDate today) {
		JsonNode rates;
		try {
			rates = this.reader.readTree(body);
		}
		catch (JacksonException ex) {
			throw new ApiProblemException(ProblemType.UNREADABLE_BODY,
					"The body is not JSON: send an array of {date, base, quote, rate}.");
		}
		if (rates == null || !rates.isArray()) {
			throw new ApiProblemException(ProblemType.UNREADABLE_BODY,
					"The body must be a JSON array of {date, base, quote, rate}.");
		}
		Rows rows = new Rows(today);
		for (int i = 0; i < rates.size(); i++) {
			JsonNode rate = rates.get(i);
			String prefix = "[" + i + "]";
			if (rate == null || !rate.isObject()) {
				rows.error(prefix, "must be an object with date, base, quote and rate");
				continue;
			}
			rows.add(prefix, text(rate, "date"), text(rate, "base"), text(rate, "quote"), text(rate, "rate"));
		}
		return rows.rates();
	}

	/**
	 * Reads and checks CSV lines {@code date,base,quote,rate}.
	 * @param body the request body
	 * @param today the latest allowed date
	 * @return the rates, manual
	 * @throws ApiProblemException 400 naming each invalid field
	 */
	List<FxRate> fromCsv(String body, LocalDate today) {
		String[] lines = body.split("\\R", -1);
		Rows rows = new Rows(today);
		for (int i = 0; i < lines.length; i++) {
			String line = (i == 0) ? lines[i].replace("\uFEFF", "").trim() : lines[i].trim();
			if (line.isEmpty() || (i == 0 && line.replace(" ", "").equalsIgnoreCase(CSV_HEADER))) {
				continue;
			}
			String prefix = "line[" + (i + 1) + "]";
			String[] values = line.split(",", -1);
			if (values.length != 4) {
				rows.error(prefix, "must have four values: " + CSV_HEADER);
				continue;
			}
			rows.add(prefix, unquoted(values[0]), unquoted(values[1]), unquoted(values[2]), unquoted(values[3]));
		}
		return rows.rates();
	}

	private static @Nullable String text(JsonNode rate, String field) {
		JsonNode value = rate.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (value.isNumber()) {
			return value.decimalValue().toPlainString();
		}
		return value.isString() ? value.asString() : "";
	}

	private static String unquoted(String value) {
		String trimmed = value.trim();
		if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
			return trimmed.substring(1, trimmed.length() - 1).trim();
		}
		return trimmed;
	}

	/** Rows read so far and the problems found in them. */
	private static final class Rows {

		private final LocalDate today;

		private final List<FxRate> rates = new ArrayList<>();

		private final List<InvalidField> errors = new ArrayList<>();

		private final Map<String, String> seen = new HashMap<>();

		Rows(LocalDate today) {
			this.today = today;
		}

		void add(String prefix, @Nullable String date, @Nullable String base, @Nullable String quote,
				@Nullable String rate) {
			if (this.rates.size() + this.errors.size() >= MAX_RATES) {
				throw ApiProblemException.badRequest("An upload holds at most " + MAX_RATES + " rates.");
			}
			int before = this.errors.size();
			LocalDate day = date(prefix + ".date", date);
			currency(prefix + ".base", base);
			currency(prefix + ".quote", quote);
			if (base != null && base.equals(quote)) {
				error(prefix + ".quote", "must differ from base");
			}
			BigDecimal value = rate(prefix + ".rate", rate);
			if (this.errors.size() > before) {
				return;
			}
			String key = day + " " + base + " " + quote;
			String first = this.seen.putIfAbsent(key, prefix);
			if (first != null) {
				error(prefix + ".date", "repeats the " + base + "/" + quote + " rate of " + day + " given at " + first);
				return;
			}
			this.rates.add(new FxRate(base, quote, day, value, FxRateSource.MANUAL));
		}

		private @Nullable LocalDate date(String field, @Nullable String value) {
			if (value == null || value.isBlank()) {
				error(field, "is required");
				return null;
			}
			try {
				LocalDate date = LocalDate.parse(value);
				if (date.isAfter(this.today)) {
					error(field, "must not be in the future");
				}
				return date;
			}
			catch (DateTimeParseException ex) {
				error(field, "must be an ISO date, e.g. 2026-03-02");
				return null;
			}
		}

		private void currency(String field, @Nullable String value) {
			if (value == null || value.isBlank()) {
				error(field, "is required");
			}
			else if (!Currencies.isIso4217(value)) {
				error(field, "must be an ISO 4217 currency code, e.g. GBP");
			}
		}

		private @Nullable BigDecimal rate(String field, @Nullable String value) {
			if (value == null || value.isBlank()) {
				error(field, "is required");
				return null;
			}
			try {
				BigDecimal rate = new BigDecimal(value);
				if (rate.signum() <= 0) {
					error(field, "must be above zero");
				}
				else if (rate.precision() - rate.scale() > 18 || rate.scale() > 12) {
					error(field, "must have at most 18 digits before the point and 12 after");
				}
				return rate;
			}
			catch (NumberFormatException ex) {
				error(field, "must be a decimal number, e.g. 1.2712");
				return null;
			}
		}

		void error(String field, String message) {
			if (this.errors.size() < MAX_ERRORS) {
				this.errors.add(new InvalidField(field, message));
			}
			else if (this.errors.size() == MAX_ERRORS) {
				throw ApiProblemException.invalidFields(this.errors);
			}
		}

		List<FxRate> rates() {
			if (!this.errors.isEmpty()) {
				throw ApiProblemException.invalidFields(this.errors);
			}
			if (this.rates.isEmpty()) {
				throw ApiProblemException.badRequest("The upload holds no rate.");
			}
			return List.copyOf(this.rates);
		}

	}

	/** The latest date a manual rate may have: today wherever it is already today. */
	static LocalDate latestAllowedDate(java.time.Clock clock) {
		return clock.instant().atOffset(ZoneOffset.ofHours(14)).toLocalDate();
	}

}
