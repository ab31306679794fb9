package io.sentia.integrations.upload;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Reading stops at the first limit crossed and names it, for CSV and XLSX alike; files
 * within the limits read as before.
 */
class SpreadsheetLimitsTests {

	private static final UploadLimits SMALL = new UploadLimits(3, 4, 10, 8, DataSize.ofMegabytes(2),
			DataSize.ofMegabytes(3), 0.01);

	@Test
	void readsACsvFileAtExactlyItsLimits() {
		Spreadsheet sheet = csv("a,b\n1,2\n3,4\n5,6\n", SMALL);

		assertThat(sheet.rows()).hasSize(3);
		assertThat(sheet.rows().getLast().cells()).containsExactly("5", "6");
		assertThat(sheet.rows().getLast().number()).isEqualTo(4);
	}

	@Test
	void refusesACsvFileWithOneRowTooManyAsTooLarge() {
		assertThatExceptionOfType(UploadLimitException.class).isThrownBy(() -> csv("a\n1\n2\n3\n4\n", SMALL))
			.satisfies((ex) -> {
				assertThat(ex.limit()).isEqualTo("sentia.integrations.uploads.max-rows");
				assertThat(ex.tooLarge()).isTrue();
				assertThat(ex.getMessage()).contains("more than 3 data rows");
			});
	}

	@Test
	void refusesARowWiderThanTheColumnLimit() {
		assertThatExceptionOfType(UploadLimitException.class).isThrownBy(() -> csv("a,b,c,d,e\n", SMALL))
			.satisfies((ex) -> {
				assertThat(ex.limit()).isEqualTo("sentia.integrations.uploads.max-columns");
				assertThat(ex.tooLarge()).isFalse();
			});
	}

	@Test
	void refusesTooManyCellsInTheWholeFile() {
		UploadLimits manyRows = new UploadLimits(100, 4, 10, 8, DataSize.ofMegabytes(2), DataSize.ofMegabytes(3), 0.01);

		assertThatExceptionOfType(UploadLimitException.class)
			.isThrownBy(() -> csv("a,b,c\n1,2,3\n4,5,6\n7,8,9\n", manyRows))
			.satisfies((ex) -> assertThat(ex.limit()).isEqualTo("sentia.integrations.uploads.max-cells"));
	}

	@Test
	void refusesAnOverlongCell() {
		assertThatExceptionOfType(UploadLimitException.class)
			.isThrownBy(() -> csv("a\n" + "x".repeat(50) + "\n", SMALL))
			.satisfies((ex) -> assertThat(ex.limit()).isEqualTo("sentia.integrations.uploads.max-cell-length"));
	}

	@Test
	void refusesAWorkbookThatExpandsLikeAZipBomb() throws Exception {
		byte[] bomb = ZipBombs.workbook(16L * 1024 * 1024);

		assertThat(bomb.length).as("compressed size").isLessThan(100_000);
		assertThatExceptionOfType(UploadLimitException.class)
			.isThrownBy(() -> Spreadsheet.read(SpreadsheetFormat.XLSX, bomb, UploadLimits.DEFAULTS))
			.satisfies((ex) -> {
				assertThat(ex.limit()).isEqualTo("sentia.integrations.uploads.min-inflate-ratio");
				assertThat(ex.getMessage()).contains("xl/worksheets/sheet1.xml").contains("zip bomb");
			});
	}

	@Test
	void refusesAWorkbookPartBeyondTheExpandedSizeWhateverItsRatio() throws Exception {
		UploadLimits noRatio = new UploadLimits(100, 100, 1000, 100, DataSize.ofMegabytes(2), DataSize.ofMegabytes(3),
				0);

		assertThatExceptionOfType(UploadLimitException.class)
			.isThrownBy(() -> Spreadsheet.read(SpreadsheetFormat.XLSX, ZipBombs.workbook(3L * 1024 * 1024), noRatio))
			.satisfies((ex) -> {
				assertThat(ex.limit()).isEqualTo("sentia.integrations.uploads.max-expanded-entry-size");
				assertThat(ex.tooLarge()).isTrue();
			});
	}

	@Test
	void readsAnOrdinaryWorkbookAndRefusesOneWithTooManyRows() throws Exception {
		byte[] workbook = UploadControllerTests.productsWorkbook(5, List.of());

		assertThat(Spreadsheet.read(SpreadsheetFormat.XLSX, workbook, UploadLimits.DEFAULTS).rows()).hasSize(5);
		assertThatExceptionOfType(UploadLimitException.class)
			.isThrownBy(() -> Spreadsheet.read(SpreadsheetFormat.XLSX, workbook,
					new UploadLimits(4, 100, 1000, 100, DataSize.ofMegabytes(2), DataSize.ofMegabytes(3), 0.01)))
			.satisfies((ex) -> assertThat(ex.limit()).isEqualTo("sentia.integrations.uploads.max-rows"));
	}

	private static Spreadsheet csv(String text, UploadLimits limits) {
		return Spreadsheet.read(SpreadsheetFormat.CSV, text.getBytes(StandardCharsets.UTF_8), limits);
	}

}
