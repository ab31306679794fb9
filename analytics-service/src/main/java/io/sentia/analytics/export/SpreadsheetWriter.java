package io.sentia.analytics.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Writes an {@link ExportTable} as RFC 4180 CSV in UTF-8 or as an XLSX workbook, row by
 * row: the XLSX with POI's streaming workbook, which keeps only a window of rows in
 * memory and spills the rest to a temporary file deleted when the workbook is closed.
 */
final class SpreadsheetWriter {

	/**
	 * Rows the streaming workbook keeps in memory before flushing them to its temp file.
	 */
	private static final int ROWS_IN_MEMORY = 100;

	private SpreadsheetWriter() {
	}

	static void write(ExportTable table, ExportFormat format, OutputStream out) throws IOException {
		switch (format) {
			case CSV -> csv(table, out);
			case XLSX -> xlsx(table, out);
		}
	}

	static void csv(ExportTable table, OutputStream out) throws IOException {
		Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		csvRecord(writer, List.copyOf(table.headers()));
		for (List<@Nullable Object> row : table.rows()) {
			csvRecord(writer, row);
		}
		writer.flush();
	}

	private static void csvRecord(Writer writer, List<? extends @Nullable Object> cells) throws IOException {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				writer.write(',');
			}
			writer.write(csvField(cells.get(i)));
		}
		writer.write("\r\n");
	}

	static String csvField(@Nullable Object cell) {
		if (cell == null) {
			return "";
		}
		if (cell instanceof BigDecimal number) {
			return number.toPlainString();
		}
		if (!(cell instanceof String text)) {
			return cell.toString();
		}
		String safe = CellText.neutralised(text);
		if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
			return '"' + safe.replace("\"", "\"\"") + '"';
		}
		return safe;
	}

	static void xlsx(ExportTable table, OutputStream out) throws IOException {
		// Closing the streaming workbook deletes its temporary file (POI 5.3+).
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
			Sheet sheet = workbook
				.createSheet(table.name().length() > 31 ? table.name().substring(0, 31) : table.name());
			Row header = sheet.createRow(0);
			for (int i = 0; i < table.headers().size(); i++) {
				header.createCell(i).setCellValue(CellText.neutralised(table.headers().get(i)));
			}
			int rowIndex = 1;
			for (List<@Nullable Object> cells : table.rows()) {
				Row row = sheet.createRow(rowIndex++);
				for (int i = 0; i < cells.size(); i++) {
					Object value = cells.get(i);
					if (value != null) {
						xlsxCell(row.createCell(i), value);
					}
				}
			}
			workbook.write(out);
		}
	}

	private static void xlsxCell(Cell cell, Object value) {
		if (value instanceof BigDecimal number) {
			cell.setCellValue(number.doubleValue());
		}
		else if (value instanceof Long number) {
			cell.setCellValue(number.doubleValue());
		}
		else if (value instanceof LocalDate date) {
			// ISO text sorts like a date and reads the same in every locale.
			cell.setCellValue(date.toString());
		}
		else {
			cell.setCellValue(CellText.neutralised((String) value));
		}
	}

}
