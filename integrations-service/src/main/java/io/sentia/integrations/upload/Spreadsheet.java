package io.sentia.integrations.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvMapper;

/**
 * The cells of a spreadsheet as text: the header row and the data rows, numbered as a
 * person sees them in a spreadsheet program (the header is row 1). Blank rows are
 * skipped; XLSX dates become ISO dates so both formats read the same. Both formats are
 * read as a stream of rows (Jackson's CSV parser; fastexcel's StAX reader after
 * {@link WorkbookExpansionCheck}) and reading stops at the first {@link UploadLimits
 * limit} crossed.
 *
 * @param header the header cells, trimmed
 * @param rows the data rows
 */
public record Spreadsheet(List<String> header, List<Row> rows) {

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
	 * Reads a file of the given format within the default {@link UploadLimits}.
	 * @throws UploadRejectedException when the file cannot be read or has no header row
	 */
	public static Spreadsheet read(SpreadsheetFormat format, byte[] content) {
		return read(format, content, UploadLimits.DEFAULTS);
	}

	/**
	 * Reads a file of the given format, row by row, stopping at the first limit crossed.
	 * @throws UploadLimitException when the file goes beyond a limit
	 * @throws UploadRejectedException when the file cannot be read or has no header row
	 */
	public static Spreadsheet read(SpreadsheetFormat format, byte[] content, UploadLimits limits) {
		Rows rows = new Rows(limits);
		switch (format) {
			case CSV -> readCsv(content, rows);
			case XLSX -> readXlsx(content, rows);
		}
		List<Row> all = rows.all;
		if (all.isEmpty()) {
			throw new UploadRejectedException("the file is empty; the first row must be the template's header");
		}
		return new Spreadsheet(all.getFirst().cells(), List.copyOf(all.subList(1, all.size())));
	}

	private static void readCsv(byte[] content, Rows rows) {
		int offset = (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
				&& (content[2] & 0xFF) == 0xBF) ? 3 : 0;
		// The parser refuses a long cell as its buffer grows, so a huge one is never held
		// whole.
		CsvMapper csv = CsvMapper
			.builder(CsvFactory.builder()
				.streamReadConstraints(
						StreamReadConstraints.builder().maxStringLength(rows.limits.maxCellLength()).build())
				.build())
			.build();
		try (JsonParser parser = csv.createParser(new ByteArrayInputStream(content, offset, content.length - offset))) {
			int number = 0;
			List<String> cells = null;
			JsonToken token;
			while ((token = parser.nextToken()) != null) {
				if (token == JsonToken.START_ARRAY) {
					number++;
					cells = new ArrayList<>();
				}
				else if (token == JsonToken.END_ARRAY && cells != null) {
					rows.add(number, cells);
					cells = null;
				}
				else if (token.isScalarValue() && cells != null) {
					rows.cell(number, cells, parser.getString());
				}
			}
		}
		catch (StreamConstraintsException ex) {
			throw cellTooLong(rows.limits);
		}
		catch (JacksonException ex) {
			throw new UploadRejectedException("the CSV file cannot be read near line "
					+ ((ex.getLocation() != null) ? ex.getLocation().getLineNr() : "?") + ": "
					+ ex.getOriginalMessage(), ex);
		}
	}

	private static void readXlsx(byte[] content, Rows rows) {
		WorkbookExpansionCheck.check(content, rows.limits);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content),
				new ReadingOptions(true, false));
				Stream<org.dhatim.fastexcel.reader.Row> sheet = workbook.getFirstSheet().openStream()) {
			Iterator<org.dhatim.fastexcel.reader.Row> iterator = sheet.iterator();
			while (iterator.hasNext()) {
				org.dhatim.fastexcel.reader.Row row = iterator.next();
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < row.getCellCount(); i++) {
					rows.cell(row.getRowNum(), cells, text(row.getCell(i)));
				}
				rows.add(row.getRowNum(), cells);
			}
		}
		catch (UploadRejectedException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw new UploadRejectedException(
					"the Excel workbook cannot be read (" + ex.getMessage() + "); save it again as .xlsx and upload it",
					ex);
		}
	}

	private static UploadLimitException cellTooLong(UploadLimits limits) {
		return UploadLimitException.refused(
				"a cell is longer than " + limits.maxCellLength() + " characters; shorten it",
				UploadLimits.PREFIX + "max-cell-length", limits.maxCellLength());
	}

	/** The rows read so far, counted against the limits as they arrive. */
	private static final class Rows {

		private final UploadLimits limits;

		private final List<Row> all = new ArrayList<>();

		private long cells;

		Rows(UploadLimits limits) {
			this.limits = limits;
		}

		void cell(int row, List<String> cells, String value) {
			if (cells.size() >= this.limits.maxColumns()) {
				throw UploadLimitException.refused(
						"row " + row + " has more than " + this.limits.maxColumns()
								+ " cells; remove the columns the template does not use",
						UploadLimits.PREFIX + "max-columns", this.limits.maxColumns());
			}
			if (value != null && value.length() > this.limits.maxCellLength()) {
				throw cellTooLong(this.limits);
			}
			if (++this.cells > this.limits.maxCells()) {
				throw UploadLimitException.tooLarge(
						"the file has more than " + this.limits.maxCells() + " cells; split it into smaller files",
						UploadLimits.PREFIX + "max-cells", this.limits.maxCells());
			}
			cells.add(value);
		}

		void add(int number, List<String> cells) {
			List<String> trimmed = cells.stream().map((cell) -> (cell != null) ? cell.strip() : "").toList();
			if (trimmed.stream().noneMatch((cell) -> !cell.isEmpty())) {
				return;
			}
			// The header row is not a data row.
			if (this.all.size() > this.limits.maxRows()) {
				throw UploadLimitException.tooLarge(
						"the file has more than " + this.limits.maxRows() + " data rows; split it into smaller files",
						UploadLimits.PREFIX + "max-rows", this.limits.maxRows());
			}
			this.all.add(new Row(number, trimmed));
		}

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

}
