package io.sentia.forecasting.engine.cli;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The CSV reader's contract over generated files: what it accepts reads back exactly; a
 * row it refuses is named by line and column.
 */
class InputReaderPropertyTests {

	private static final String HEADER = "series_id,season_length,horizon,t,value";

	@Property
	void readsBackEveryValueOfAWellFormedFile(
			@ForAll @Size(min = 1, max = 40) List<@DoubleRange(min = -1e6, max = 1e6) Double> values,
			@ForAll @IntRange(min = 1, max = InputReader.MAX_HORIZON) int horizon,
			@ForAll @IntRange(min = 1, max = 52) int seasonLength) throws Exception {
		StringBuilder csv = new StringBuilder(HEADER).append('\n');
		for (int t = 1; t <= values.size(); t++) {
			csv.append("s,").append(seasonLength).append(',').append(horizon).append(',').append(t);
			csv.append(',').append(values.get(t - 1)).append('\n');
		}

		List<SeriesInput> series = read(csv.toString());

		assertThat(series).hasSize(1);
		assertThat(series.getFirst().horizon()).isEqualTo(horizon);
		assertThat(series.getFirst().seasonLength()).isEqualTo(seasonLength);
		assertThat(series.getFirst().values())
			.containsExactly(values.stream().mapToDouble(Double::doubleValue).toArray());
	}

	@Property
	void aRowWithMoreFieldsThanTheHeaderIsNamedByLine(@ForAll @IntRange(min = 0, max = 30) int goodRows,
			@ForAll @IntRange(min = 1, max = 5) int extraFields) {
		StringBuilder csv = new StringBuilder(HEADER).append('\n');
		for (int t = 1; t <= goodRows; t++) {
			csv.append("s,1,1,").append(t).append(",1\n");
		}
		csv.append("s,1,1,").append(goodRows + 1).append(",1").append(",note".repeat(extraFields)).append('\n');

		InputException error = refused(csv.toString());

		assertThat(error.line()).isEqualTo(goodRows + 2);
		assertThat(error.column()).isEqualTo(6);
		assertThat(error.getMessage()).contains("found " + (5 + extraFields) + " comma-separated fields");
	}

	@Property
	void aDecimalCommaIsNamedByLineAndValueColumn(@ForAll @IntRange(min = 0, max = 1_000_000) int whole,
			@ForAll @IntRange(min = 0, max = 999) int fraction, @ForAll @IntRange(min = 1, max = 20) int line) {
		StringBuilder csv = new StringBuilder(HEADER).append('\n');
		for (int t = 1; t < line; t++) {
			csv.append("s,1,1,").append(t).append(",2\n");
		}
		csv.append("s,1,1,").append(line).append(',').append(whole).append(',').append(fraction).append('\n');

		InputException error = refused(csv.toString());

		assertThat(error.line()).isEqualTo(line + 1);
		assertThat(error.column()).isEqualTo(5);
		assertThat(error.describe("in.csv")).contains("line " + (line + 1) + ", column 5 (value)")
			.contains("decimal comma: write " + whole + "." + fraction);
	}

	@Property
	void aHorizonBeyondTheBoundIsRefusedNamingTheBound(
			@ForAll @IntRange(min = InputReader.MAX_HORIZON + 1) int horizon) {
		InputException error = refused(HEADER + "\ns,1," + horizon + ",1,3\n");

		assertThat(error.line()).isEqualTo(2);
		assertThat(error.column()).isEqualTo(3);
		assertThat(error.getMessage()).contains("at most " + InputReader.MAX_HORIZON).contains("was " + horizon);
	}

	@Property
	void aValueThatIsNotANumberIsNamedByItsColumnWhereverTheColumnIs(@ForAll @IntRange(min = 0, max = 4) int position,
			@ForAll("notNumbers") String text) {
		Assume.that(!text.contains(",") && !text.isBlank());
		List<String> columns = new ArrayList<>(List.of("series_id", "season_length", "horizon", "t"));
		columns.add(position, "value");
		List<String> row = new ArrayList<>(List.of("s", "1", "1", "1"));
		row.add(position, text);

		InputException error = refused(String.join(",", columns) + "\n" + String.join(",", row) + "\n");

		assertThat(error.line()).isEqualTo(2);
		assertThat(error.column()).isEqualTo(position + 1);
		assertThat(error.describe("f")).contains("(value)");
	}

	@Provide
	Arbitrary<String> notNumbers() {
		return Arbitraries.of("abc", "1d", "0x1p3", "NaN", "Infinity", "1.2.3", "--1", "1e", "€5", "1 000");
	}

	private static List<SeriesInput> read(String csv) throws Exception {
		return InputReader.read(new BufferedReader(new StringReader(csv)));
	}

	private static InputException refused(String csv) {
		InputException error = catchThrowableOfType(InputException.class, () -> read(csv));
		assertThat(error).as("refused:%n%s", csv).isNotNull();
		return error;
	}

}
