package io.sentia.analytics.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A table to download: a header row and rows of cells. A cell is text, a number
 * ({@link BigDecimal} or {@link Long}), a {@link LocalDate} or empty ({@code null}), so
 * numbers reach a spreadsheet as numbers.
 *
 * @param name the file name without its extension
 * @param headers the column titles
 * @param rows the rows, each as long as {@code headers}
 */
record ExportTable(String name, List<String> headers, List<List<@Nullable Object>> rows) {

	ExportTable {
		headers = List.copyOf(headers);
		for (List<@Nullable Object> row : rows) {
			if (row.size() != headers.size()) {
				throw new IllegalArgumentException(
						"A row has " + row.size() + " cells for " + headers.size() + " columns");
			}
			for (Object cell : row) {
				if (cell != null && !(cell instanceof String || cell instanceof BigDecimal || cell instanceof Long
						|| cell instanceof LocalDate)) {
					throw new IllegalArgumentException("Unsupported cell type " + cell.getClass().getName());
				}
			}
		}
	}

}
