package io.sentia.forecasting.engine.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code series_id,season_length,horizon,t,value} rows (columns by header name, in
 * any order, extra columns ignored) and checks them, naming the offending line on the
 * first problem.
 */
final class InputReader {

	static final List<String> REQUIRED_COLUMNS = List.of("series_id", "season_length", "horizon", "t", "value");

	/**
	 * The longest horizon a series may ask for: ten years of monthly or about three of
	 * daily data; beyond that intervals are meaningless and output grows without bound.
	 */
	static final int MAX_HORIZON = 1_000;

	private InputReader() {
	}

	static List<SeriesInput> read(BufferedReader reader) throws IOException, InputException {
		String header = reader.readLine();
		if (header == null || header.isBlank()) {
			throw new InputException(1,
					"the file is empty; expected a header with columns " + String.join(",", REQUIRED_COLUMNS));
		}
		String[] names = stripBom(header).split(",", -1);
		Map<String, Integer> index = columnIndex(names);
		int columns = names.length;
		Map<String, Builder> series = new LinkedHashMap<>();
		String text;
		int lineNumber = 1;
		while ((text = reader.readLine()) != null) {
			lineNumber++;
			if (text.isBlank()) {
				continue;
			}
			String[] fields = text.split(",", -1);
			if (fields.length < columns) {
				throw new InputException(lineNumber,
						"expected " + columns + " comma-separated fields as in the header, found " + fields.length);
			}
			if (fields.length > columns) {
				throw tooManyFields(lineNumber, fields, columns, index.get("value"));
			}
			Row row = new Row(lineNumber, fields, index);
			String id = row.field("series_id").trim();
			if (id.isEmpty()) {
				throw row.error("series_id", "series_id is empty");
			}
			int seasonLength = row.integer("season_length");
			if (seasonLength < 1) {
				throw row.error("season_length", "season_length must be at least 1, was " + seasonLength);
			}
			int horizon = row.integer("horizon");
			if (horizon < 1) {
				throw row.error("horizon", "horizon must be at least 1, was " + horizon);
			}
			if (horizon > MAX_HORIZON) {
				throw row.error("horizon", "horizon must be at most " + MAX_HORIZON
						+ " periods (forecasts that far out are noise), was " + horizon);
			}
			int t = row.integer("t");
			if (t < 1) {
				throw row.error("t", "t must be at least 1, was " + t);
			}
			double value = row.number("value");
			int firstLine = lineNumber;
			Builder builder = series.computeIfAbsent(id, (key) -> new Builder(key, seasonLength, horizon, firstLine));
			builder.add(lineNumber, seasonLength, horizon, t, value);
		}
		if (series.isEmpty()) {
			throw new InputException(lineNumber, "no observations after the header");
		}
		List<SeriesInput> out = new ArrayList<>(series.size());
		for (Builder builder : series.values()) {
			out.add(builder.build());
		}
		return out;
	}

	/**
	 * A row longer than the header: usually a decimal comma ({@code 3,5} for 3.5), which
	 * splits one number into two fields, or a comma inside a field; either way the
	 * columns no longer line up, so nothing of the row can be trusted.
	 */
	private static InputException tooManyFields(int line, String[] fields, int columns, int valueColumn) {
		String message = "found " + fields.length + " comma-separated fields but the header has " + columns;
		if (valueColumn + 1 < fields.length && fields[valueColumn].trim().matches("[+-]?\\d+")
				&& fields[valueColumn + 1].trim().matches("\\d+([eE][+-]?\\d+)?")) {
			String written = fields[valueColumn].trim() + "," + fields[valueColumn + 1].trim();
			return new InputException(line, valueColumn + 1, "value", message + "; value " + written
					+ " looks like a decimal comma: write " + written.replace(',', '.') + " with a decimal point");
		}
		return new InputException(line, columns + 1, null,
				message + "; a field may not contain a comma (quoting is not supported)");
	}

	private static String stripBom(String header) {
		return header.startsWith("\uFEFF") ? header.substring(1) : header;
	}

	private static Map<String, Integer> columnIndex(String[] names) throws InputException {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < names.length; i++) {
			index.putIfAbsent(names[i].trim(), i);
		}
		List<String> missing = REQUIRED_COLUMNS.stream().filter((name) -> !index.containsKey(name)).toList();
		if (!missing.isEmpty()) {
			throw new InputException(1, "missing column" + (missing.size() > 1 ? "s " : " ")
					+ String.join(", ", missing) + " in the header (need " + String.join(",", REQUIRED_COLUMNS) + ")");
		}
		return index;
	}

	/** One data row, whose errors name its line and the offending column. */
	private record Row(int line, String[] fields, Map<String, Integer> index) {

		String field(String column) {
			return this.fields[this.index.get(column)];
		}

		InputException error(String column, String message) {
			return new InputException(this.line, this.index.get(column) + 1, column, message);
		}

		int integer(String column) throws InputException {
			String text = field(column).trim();
			if (text.matches("[+-]?\\d+")) {
				try {
					return Integer.parseInt(text);
				}
				catch (NumberFormatException ex) {
					throw error(column, column + " '" + text + "' is out of range");
				}
			}
			throw error(column, column + " '" + text + "' is not a whole number");
		}

		double number(String column) throws InputException {
			String text = field(column).trim();
			double value;
			try {
				// Java also accepts forms such as "1d" or "0x1p3"; a CSV of demand should
				// not.
				if (!text.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
					throw new NumberFormatException(text);
				}
				value = Double.parseDouble(text);
			}
			catch (NumberFormatException ex) {
				throw error(column, "value '" + text + "' is not a number");
			}
			if (!Double.isFinite(value)) {
				throw error(column, "value '" + text + "' is out of range");
			}
			return value;
		}

	}

	/** Collects one series' rows and checks that t runs 1..n without gaps or repeats. */
	private static final class Builder {

		private final String id;

		private final int seasonLength;

		private final int horizon;

		private final int firstLine;

		private final Map<Integer, Integer> lineOfT = new HashMap<>();

		private final Map<Integer, Double> valueOfT = new HashMap<>();

		private int maxT;

		private Builder(String id, int seasonLength, int horizon, int firstLine) {
			this.id = id;
			this.seasonLength = seasonLength;
			this.horizon = horizon;
			this.firstLine = firstLine;
		}

		void add(int line, int seasonLength, int horizon, int t, double value) throws InputException {
			if (seasonLength != this.seasonLength) {
				throw new InputException(line, "series " + this.id + " has season_length " + seasonLength + " here but "
						+ this.seasonLength + " on line " + this.firstLine);
			}
			if (horizon != this.horizon) {
				throw new InputException(line, "series " + this.id + " has horizon " + horizon + " here but "
						+ this.horizon + " on line " + this.firstLine);
			}
			Integer previous = this.lineOfT.putIfAbsent(t, line);
			if (previous != null) {
				throw new InputException(line,
						"duplicate t=" + t + " for series " + this.id + " (already on line " + previous + ")");
			}
			this.valueOfT.put(t, value);
			this.maxT = Math.max(this.maxT, t);
		}

		SeriesInput build() throws InputException {
			if (this.maxT != this.valueOfT.size()) {
				for (int t = 1; t <= this.maxT; t++) {
					if (!this.valueOfT.containsKey(t)) {
						int next = t + 1;
						while (!this.lineOfT.containsKey(next)) {
							next++;
						}
						throw new InputException(this.lineOfT.get(next), "series " + this.id + " has no t=" + t
								+ " (t must run 1..n without gaps; next t is " + next + ")");
					}
				}
			}
			double[] values = new double[this.maxT];
			for (int t = 1; t <= this.maxT; t++) {
				values[t - 1] = this.valueOfT.get(t);
			}
			return new SeriesInput(this.id, this.seasonLength, this.horizon, values);
		}

	}

}
