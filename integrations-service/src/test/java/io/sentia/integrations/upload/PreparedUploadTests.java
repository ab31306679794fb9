package io.sentia.integrations.upload;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

import io.sentia.events.OrderUpserted;
import io.sentia.integrations.connector.FixedMappingContext;
import io.sentia.integrations.connector.IngestSource;
import io.sentia.integrations.connector.Provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Reading a file against its template: formats, headers, mappings and row numbers. */
class PreparedUploadTests {

	private static final Instant RECEIVED = Instant.parse("2026-03-02T09:00:00Z");

	@Test
	void rejectsAFileWithoutARequiredColumnNamingItAndTheFilesColumns() {
		assertThatExceptionOfType(UploadRejectedException.class)
			.isThrownBy(() -> csv(UploadKind.PRODUCTS, "SKU,title\nHH-1,Gin\n", Map.of()))
			.withMessageContaining("the file has no column for required name")
			.withMessageContaining("the file's columns are SKU, title");
	}

	@Test
	void readsRenamedColumnsThroughTheMapping() {
		PreparedUpload upload = csv(UploadKind.PRODUCTS, "Product code,Title\nHH-1,Gin\n",
				Map.of("sku", "Product code", "name", "title"));

		assertThat(upload.records()).singleElement()
			.satisfies((record) -> assertThat(record.externalId()).isEqualTo("HH-1"));
	}

	@Test
	void rejectsAMappingOfAColumnTheTemplateDoesNotHave() {
		assertThatExceptionOfType(UploadRejectedException.class)
			.isThrownBy(() -> csv(UploadKind.PRODUCTS, "sku,name\nHH-1,Gin\n", Map.of("colour", "name")))
			.withMessageContaining("the mapping names 'colour', which is not a column of the products template");
	}

	@Test
	void rejectsAHeaderWithoutData() {
		assertThatExceptionOfType(UploadRejectedException.class)
			.isThrownBy(() -> csv(UploadKind.PRODUCTS, "sku,name\n\n", Map.of()))
			.withMessageContaining("no data rows");
	}

	@Test
	void refusesFilesThatAreNeitherCsvNorXlsx() {
		byte[] pdf = "%PDF-1.7\n\u0000\u0001binary".getBytes(StandardCharsets.ISO_8859_1);
		byte[] docx = { 'P', 'K', 3, 4, 0, 0 };

		assertThatExceptionOfType(UnsupportedFileException.class)
			.isThrownBy(() -> SpreadsheetFormat.detect("report.pdf", pdf));
		assertThatExceptionOfType(UnsupportedFileException.class)
			.isThrownBy(() -> SpreadsheetFormat.detect("Draft sales invoice template.docx", docx));
		assertThat(SpreadsheetFormat.detect("orders", "a,b\n".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo(SpreadsheetFormat.CSV);
	}

	@Test
	void tellsUtf8TextFromOtherEncodingsAcrossTheDecodersBufferBoundaries() {
		String text = "sku,name\n" + "HH-1,Café crème ☕\n".repeat(5_000);
		byte[] latin1 = "sku,name\nHH-1,Café\n".getBytes(StandardCharsets.ISO_8859_1);
		byte[] truncated = java.util.Arrays.copyOf(text.getBytes(StandardCharsets.UTF_8),
				text.getBytes(StandardCharsets.UTF_8).length - 2);

		assertThat(SpreadsheetFormat.detect("products.csv", text.getBytes(StandardCharsets.UTF_8)))
			.isEqualTo(SpreadsheetFormat.CSV);
		assertThatExceptionOfType(UnsupportedFileException.class)
			.isThrownBy(() -> SpreadsheetFormat.detect("products.csv", latin1));
		assertThatExceptionOfType(UnsupportedFileException.class).as("ends inside a character")
			.isThrownBy(() -> SpreadsheetFormat.detect("products.csv", truncated));
	}

	@Test
	void numbersRowsAsASpreadsheetDoesSkippingBlankLines() {
		PreparedUpload upload = csv(UploadKind.PRODUCTS, "\uFEFFsku,name\nHH-1,Gin\n,\nHH-2,\"Rum, spiced\"\n",
				Map.of());

		assertThat(upload.rows()).isEqualTo(2);
		assertThat(upload.rowsOf()).containsEntry("HH-1", java.util.List.of(2))
			.containsEntry("HH-2", java.util.List.of(4));
	}

	@Test
	void readsAnXlsxWorkbookLikeTheSameCsv() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "sentia-tests", "1.0");
		Worksheet sheet = workbook.newWorksheet("Orders");
		String[] header = { "order_id", "ordered_at", "region", "store", "currency", "sku", "quantity", "unit_price" };
		for (int c = 0; c < header.length; c++) {
			sheet.value(0, c, header[c]);
		}
		sheet.value(1, 0, 1001);
		sheet.value(1, 1, LocalDate.of(2026, 3, 1));
		sheet.style(1, 1).format("yyyy-mm-dd").set();
		sheet.value(1, 2, "UK");
		sheet.value(1, 3, "uk");
		sheet.value(1, 4, "GBP");
		sheet.value(1, 5, "HH-GIN-LD-70");
		sheet.value(1, 6, 2);
		sheet.value(1, 7, new java.math.BigDecimal("21.50"));
		workbook.finish();

		PreparedUpload upload = PreparedUpload.read(UploadKind.ORDERS, "orders.xlsx", out.toByteArray(), Map.of(),
				RECEIVED);

		assertThat(upload.format()).isEqualTo(SpreadsheetFormat.XLSX);
		OrderUpserted order = (OrderUpserted) upload.mapper()
			.map(upload.records().getFirst(),
					FixedMappingContext
						.of(new IngestSource("t", Provider.UPLOAD, "orders", null, null, UUID.randomUUID())))
			.getFirst();
		assertThat(order.orderId()).isEqualTo("1001");
		assertThat(order.orderedAt()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
		assertThat(order.total().amount()).isEqualByComparingTo("43.00");
	}

	private static PreparedUpload csv(UploadKind kind, String csv, Map<String, String> mapping) {
		return PreparedUpload.read(kind, "file.csv", csv.getBytes(StandardCharsets.UTF_8), mapping, RECEIVED);
	}

}
