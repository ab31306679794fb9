package io.sentia.analytics.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The file formats on their own: RFC 4180 quoting, formula neutralising of every risky
 * first character, numbers kept as numbers, and the streaming workbook's temporary files
 * deleted once it is written.
 */
class SpreadsheetWriterTests {

	@Test
	void csvQuotesFieldsWithCommasQuotesAndLineBreaksAndDoublesQuotes() throws IOException {
		ExportTable table = new ExportTable("t", List.of("Name", "Amount"),
				List.of(row("plain", new BigDecimal("1.50")), row("a,b", new BigDecimal("2")), row("say \"hi\"", null),
						row("two\nlines", 3L), row("Zürich €", LocalDate.of(2026, 1, 2))));

		assertThat(csv(table)).isEqualTo("Name,Amount\r\nplain,1.50\r\n\"a,b\",2\r\n\"say \"\"hi\"\"\",\r\n"
				+ "\"two\nlines\",3\r\nZürich €,2026-01-02\r\n");
	}

	@Test
	void textStartingWithAFormulaCharacterIsNeutralisedButNegativeNumbersStayNumbers() throws IOException {
		ExportTable table = new ExportTable("t", List.of("Text", "Number"),
				List.of(row("=1+2", new BigDecimal("-12.30")), row("+44 20", -5L), row("-2", null),
						row("@SUM(A1)", null), row("\tcmd", null), row("\rcmd", null), row("a=b", null)));

		assertThat(csv(table)).isEqualTo("Text,Number\r\n'=1+2,-12.30\r\n'+44 20,-5\r\n'-2,\r\n'@SUM(A1),\r\n"
				+ "'\tcmd,\r\n\"'\rcmd\",\r\na=b,\r\n");

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SpreadsheetWriter.xlsx(table, out);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("'=1+2");
			assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(-12.30);
			assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(-5);
			assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("'-2");
			assertThat(sheet.getRow(3).getCell(1)).isNull();
		}
	}

	@Test
	void aLargeWorkbookIsStreamedAndLeavesNoTemporaryFileBehind() throws IOException {
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (long i = 0; i < 5_000; i++) {
			rows.add(row("row " + i, BigDecimal.valueOf(i, 2)));
		}
		ExportTable table = new ExportTable("big", List.of("Name", "Amount"), rows);
		Path poiFiles = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
		List<Path> before = sxssfFiles(poiFiles);

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SpreadsheetWriter.xlsx(table, out);

		assertThat(sxssfFiles(poiFiles)).isEqualTo(before);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(5_000);
			assertThat(workbook.getSheetAt(0).getRow(5_000).getCell(1).getNumericCellValue()).isEqualTo(49.99);
		}
	}

	@Test
	void aRowOfTheWrongWidthOrAnUnknownCellTypeIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ExportTable("t", List.of("A", "B"), List.of(row("only one"))));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ExportTable("t", List.of("A"), List.of(row(Double.valueOf(1.0)))));
	}

	private static String csv(ExportTable table) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SpreadsheetWriter.csv(table, out);
		return out.toString(StandardCharsets.UTF_8);
	}

	private static List<Path> sxssfFiles(Path directory) throws IOException {
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter((file) -> file.getFileName().toString().startsWith("poi-sxssf")).sorted().toList();
		}
	}

	private static List<@Nullable Object> row(@Nullable Object... cells) {
		return new ArrayList<>(java.util.Arrays.asList(cells));
	}

}
