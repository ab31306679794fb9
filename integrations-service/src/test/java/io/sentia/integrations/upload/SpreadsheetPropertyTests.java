package io.sentia.integrations.upload;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of reading spreadsheet cells: CSV quoting and decimal amounts survive
 * exactly.
 */
class SpreadsheetPropertyTests {

	@Property
	void readsBackEveryQuotedCsvCell(@ForAll("rows") @Size(min = 1, max = 20) List<@Size(3) List<String>> rows) {
		StringBuilder csv = new StringBuilder("a,b,c\n");
		for (List<String> row : rows) {
			csv.append(String.join(",", row.stream().map((cell) -> "\"" + cell.replace("\"", "\"\"") + "\"").toList()))
				.append("\r\n");
		}

		Spreadsheet sheet = Spreadsheet.read(SpreadsheetFormat.CSV, csv.toString().getBytes(StandardCharsets.UTF_8));

		assertThat(sheet.rows()).extracting(Spreadsheet.Row::cells)
			.containsExactlyElementsOf(rows.stream().map((row) -> row.stream().map(String::strip).toList()).toList());
	}

	@Property
	void keepsDecimalAmountsExactlyWithTheirScale(@ForAll BigDecimal amount) {
		BigDecimal money = amount.abs();
		UploadRow row = new UploadRow(2, Map.of("unit_price", money.toPlainString()));
		RowReader reader = new RowReader();

		BigDecimal read = reader.decimal(row, "unit_price", true, false);

		assertThat(reader.problems()).isEmpty();
		assertThat(read).isEqualTo(money);
		assertThat(read.scale()).isEqualTo(Math.max(money.scale(), 0));
	}

	@Provide
	Arbitrary<List<List<String>>> rows() {
		Arbitrary<String> cell = Arbitraries.strings()
			.withCharRange('a', 'z')
			.withChars(' ', ',', '"', '\n', '£', '€', '1', '.')
			.ofMinLength(1)
			.ofMaxLength(12)
			.filter((text) -> !text.isBlank());
		return cell.list().ofSize(3).list().ofMinSize(1).ofMaxSize(20);
	}

}
