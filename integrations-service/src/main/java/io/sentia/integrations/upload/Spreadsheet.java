package io.sentia.integrations.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * The cells of a spreadsheet as text: the header row and the data rows, numbered as a
 * person sees them in a spreadsheet program (the header is row 1). Blank rows are
 * skipped; XLSX dates become ISO dates so both formats read the same.
 *
 * @param header the header cells, trimmed
 * @param rows the data rows
 */
public record Spreadsheet(List<String> header, List<Row> rows) {

	private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

	/**
	 * One data row.
	 *
	 * @param number the row's number in the file (2 for the first data row)
	 * @param cells the row's cells as text, trimmed; shorter than the header when
	 * trailing cells are empty
	 */
	public record Row(int number, List<String> cells) {

		/** The cell at {@code index}, or an empty string. */
		public String cell(int index) {
			return (index < this.cells.size()) ? this.cells.get(index) : "";
		}

	}

	/**
	 * Reads a file of the given format.
	 * @throws UploadRejectedException when the file cannot be read or has no header row
	 */
	public static Spreadsheet read(SpreadsheetFormat format, byte[] content) {
		List<Row> all = switch (format) {
			case CSV -> readCsv(content);
			case XLSX -> readXlsx(content);
		};
		if (all.isEmpty()) {
			throw new UploadRejectedException("the file is empty; the first row must be the template's header");
		}
		return new Spreadsheet(all.getFirst().cells(), List.copyOf(all.subList(1, all.size())));
	}

	private static List<Row> readCsv(byte[] content) {
		String text = new String(content, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		List<Row> rows = new ArrayList<>();
		try (MappingIterator<String[]> lines = CSV.readerFor(String[].class).readValues(text)) {
			int number = 0;
			while (lines.hasNextValue()) {
				String[] line = lines.nextValue();
				number++;
				addIfNotBlank(rows, number, List.of(line));
			}
		}
		catch (JacksonException ex) {
			throw new UploadRejectedException("the CSV file cannot be read near line "
					+ ((ex.getLocation() != null) ? ex.getLocation().getLineNr() : "?") + ": "
					+ ex.getOriginalMessage(), ex);
		}
		return rows;
	}

	private static List<Row> readXlsx(byte[] content) {
		List<Row> rows = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content),
				new ReadingOptions(true, false))) {
			for (org.dhatim.fastexcel.reader.Row row : workbook.getFirstSheet().read()) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < row.getCellCount(); i++) {
					cells.add(text(row.getCell(i)));
				}
				addIfNotBlank(rows, row.getRowNum(), cells);
			}
		}
		catch (IOException | RuntimeException ex) {
			throw new UploadRejectedException(
					"the Excel workbook cannot be read (" + ex.getMessage() + "); save it again as .xlsx and upload it",
					ex);
		}
		return rows;
	}

	private static String text(Cell cell) {
		if (cell == null || cell.getType() == CellType.EMPTY) {
			return "";
		}
		if (cell.getType() == CellType.NUMBER) {
			if (isDateFormat(cell.getDataFormatString())) {
				LocalDateTime value = cell.asDate();
				return (value.toLocalTime().toSecondOfDay() == 0) ? value.toLocalDate().toString()
						: value.toString() + "Z";
			}
			BigDecimal number = cell.asNumber();
			return number.toPlainString();
		}
		if (cell.getType() == CellType.BOOLEAN) {
			return String.valueOf(cell.asBoolean());
		}
		String raw = cell.getText();
		return (raw != null) ? raw.strip() : "";
	}

	private static boolean isDateFormat(String format) {
		if (format == null) {
			return false;
		}
		String unquoted = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").toLowerCase();
		return unquoted.contains("yy") || unquoted.contains("dd") || unquoted.contains("mmm");
	}

	private static void addIfNotBlank(List<Row> rows, int number, List<String> cells) {
		List<String> trimmed = cells.stream().map((cell) -> (cell != null) ? cell.strip() : "").toList();
		if (trimmed.stream().anyMatch((cell) -> !cell.isEmpty())) {
			rows.add(new Row(number, trimmed));
		}
	}

}
