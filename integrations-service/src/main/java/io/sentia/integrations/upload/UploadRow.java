package io.sentia.integrations.upload;

import java.util.Map;

/**
 * One data row of an upload, its cells named by template column.
 *
 * @param row the row's number in the file
 * @param values the cells by template column; absent or blank when the file left them
 * empty
 */
public record UploadRow(int row, Map<String, String> values) {

	public UploadRow {
		values = Map.copyOf(values);
	}

	/** The cell of a template column, or an empty string. */
	public String value(String column) {
		return this.values.getOrDefault(column, "");
	}

}
