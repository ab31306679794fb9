package io.sentia.forecasting.engine.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ForecastCliTests {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void writesNaiveForecastsWithIntervalsForEverySeriesAndStep() throws IOException {
		Path in = write("""
				series_id,season_length,horizon,t,value
				a,1,2,1,10
				a,1,2,2,12
				a,1,2,3,11
				b,2,3,1,1
				b,2,3,2,5
				b,2,3,3,2
				b,2,3,4,6
				""");
		Path out = this.dir.resolve("out.csv");

		int exit = run("--in", in.toString(), "--out", out.toString(), "--model", "snaive", "--levels", "80");

		// a: naive, residual sd sqrt((2² + 1²) / 2); b: seasonal naive with residual sd 1
		// at lag 2.
		double z = 1.2815515655446004;
		double sdA = Math.sqrt(2.5);
		assertThat(exit).isZero();
		List<String> lines = Files.readAllLines(out);
		assertThat(lines.get(0)).isEqualTo("series_id,h,point,lo80,hi80,model");
		assertThat(lines).hasSize(6);
		assertRow(lines.get(1), "a", 1, "Naive", 11, 11 - z * sdA, 11 + z * sdA);
		assertRow(lines.get(2), "a", 2, "Naive", 11, 11 - z * sdA * Math.sqrt(2), 11 + z * sdA * Math.sqrt(2));
		assertRow(lines.get(3), "b", 1, "SNaive[2]", 2, 2 - z, 2 + z);
		assertRow(lines.get(4), "b", 2, "SNaive[2]", 6, 6 - z, 6 + z);
		assertRow(lines.get(5), "b", 3, "SNaive[2]", 2, 2 - z * Math.sqrt(2), 2 + z * Math.sqrt(2));
	}

	private static void assertRow(String line, String id, int h, String model, double... numbers) {
		String[] fields = line.split(",");
		assertThat(fields).hasSize(3 + numbers.length);
		assertThat(fields[0]).isEqualTo(id);
		assertThat(fields[1]).isEqualTo(Integer.toString(h));
		assertThat(fields[fields.length - 1]).isEqualTo(model);
		for (int i = 0; i < numbers.length; i++) {
			assertThat(Double.parseDouble(fields[2 + i])).isCloseTo(numbers[i], within(1e-9));
		}
	}

	@Test
	void findsColumnsByHeaderNameInAnyOrderAndIgnoresExtraColumns() throws IOException {
		Path in = write("""
				value,note,t,horizon,series_id,season_length
				4,x,1,1,s,1
				5,y,2,1,s,1
				7,z,3,1,s,1
				""");
		Path out = this.dir.resolve("out.csv");

		int exit = run("--in", in.toString(), "--out", out.toString(), "--model", "naive");

		assertThat(exit).isZero();
		List<String> lines = Files.readAllLines(out);
		assertThat(lines.get(0)).isEqualTo("series_id,h,point,lo80,hi80,lo90,hi90,lo95,hi95,model");
		assertThat(lines.get(1)).startsWith("s,1,7.0,");
	}

	@Test
	void automaticModelForecastsEverySeriesOfAMixedFile() throws IOException {
		StringBuilder csv = new StringBuilder("series_id,season_length,horizon,t,value\n");
		for (int t = 1; t <= 48; t++) {
			csv.append("seasonal,12,6,")
				.append(t)
				.append(',')
				.append(100 + 20 * Math.sin(t * Math.PI / 6) + t)
				.append('\n');
			csv.append("sparse,1,6,").append(t).append(',').append(t % 4 == 0 ? 3 : 0).append('\n');
		}
		csv.append("short,1,3,1,5\n");
		Path in = write(csv.toString());
		Path out = this.dir.resolve("out.csv");

		int exit = run("--in", in.toString(), "--out", out.toString(), "--threads", "2");

		assertThat(exit).isZero();
		List<String> lines = Files.readAllLines(out);
		assertThat(lines).hasSize(1 + 6 + 6 + 3);
		assertThat(lines).filteredOn((line) -> line.startsWith("sparse,"))
			.allMatch((line) -> line.endsWith(",Croston") || line.endsWith(",SBA") || line.endsWith(",TSB"));
		assertThat(lines).filteredOn((line) -> line.startsWith("short,")).allMatch((line) -> line.endsWith(",Naive"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					missing column       | series_id,horizon,t,value\\na,1,1,3                                  | line 1: missing column season_length
					non-numeric value    | series_id,season_length,horizon,t,value\\na,1,1,1,3\\na,1,1,2,abc     | line 3, column 5 (value): value 'abc' is not a number
					non-numeric t        | series_id,season_length,horizon,t,value\\na,1,1,x,3                   | line 2, column 4 (t): t 'x' is not a whole number
					gap in t             | series_id,season_length,horizon,t,value\\na,1,1,1,3\\na,1,1,3,4       | line 3: series a has no t=2
					duplicate t          | series_id,season_length,horizon,t,value\\na,1,1,1,3\\na,1,1,1,4       | line 3: duplicate t=1 for series a (already on line 2)
					horizon below one    | series_id,season_length,horizon,t,value\\na,1,0,1,3                   | line 2, column 3 (horizon): horizon must be at least 1
					inconsistent season  | series_id,season_length,horizon,t,value\\na,1,2,1,3\\na,4,2,2,4       | line 3: series a has season_length 4 here but 1 on line 2
					inconsistent horizon | series_id,season_length,horizon,t,value\\na,1,2,1,3\\na,1,3,2,4       | line 3: series a has horizon 3 here but 2 on line 2
					too few fields       | series_id,season_length,horizon,t,value\\na,1,2,1                     | line 2: expected 5 comma-separated fields
					too many fields      | series_id,season_length,horizon,t,value\\na,1,2,1,3,x                 | line 2, column 6: found 6 comma-separated fields but the header has 5
					decimal comma        | series_id,season_length,horizon,t,value\\na,1,2,1,3\\na,1,2,2,3,5     | line 3, column 5 (value): found 6 comma-separated fields but the header has 5; value 3,5 looks like a decimal comma: write 3.5
					horizon too far      | series_id,season_length,horizon,t,value\\na,1,1001,1,3                | line 2, column 3 (horizon): horizon must be at most 1000 periods
					horizon overflows    | series_id,season_length,horizon,t,value\\na,1,99999999999,1,3         | line 2, column 3 (horizon): horizon '99999999999' is out of range
					empty file           | ''                                                                   | line 1: the file is empty
					""")
	void refusesBadInputNamingTheLineAndWritesNothing(String problem, String content, String message)
			throws IOException {
		Path in = write(content.replace("\\n", "\n"));
		Path out = this.dir.resolve("out.csv");

		int exit = run("--in", in.toString(), "--out", out.toString());

		assertThat(exit).isEqualTo(2);
		assertThat(stderr()).contains(in + ": " + message);
		assertThat(out).doesNotExist();
		assertThat(this.dir).isDirectoryNotContaining("glob:**.part");
	}

	@Test
	void refusesUnknownOptionsAndModels() throws IOException {
		Path in = write("series_id,season_length,horizon,t,value\na,1,1,1,3\n");

		assertThat(run("--in", in.toString(), "--out", "x.csv", "--model", "prophet")).isEqualTo(2);
		assertThat(stderr()).contains("unknown model 'prophet'");
		assertThat(run("--in", in.toString(), "--out", "x.csv", "--levels", "80,120")).isEqualTo(2);
		assertThat(stderr()).contains("120 is not between 0 and 100");
		assertThat(run("--in", in.toString())).isEqualTo(2);
		assertThat(stderr()).contains("usage:");
	}

	@Test
	void reportsAMissingInputFile() {
		assertThat(run("--in", this.dir.resolve("nope.csv").toString(), "--out", "x.csv")).isEqualTo(2);
		assertThat(stderr()).contains("nope.csv: no such file");
	}

	private int run(String... args) {
		return ForecastCli.run(args, new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private String stderr() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

	private Path write(String content) throws IOException {
		Path in = this.dir.resolve("in.csv");
		Files.writeString(in, content);
		return in;
	}

}
