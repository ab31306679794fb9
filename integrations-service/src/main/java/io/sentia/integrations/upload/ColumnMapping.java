package io.sentia.integrations.upload;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds each template column in a file's header, under its own name or the file column a
 * mapping names for it, and reads the data rows by template column.
 */
final class ColumnMapping {

	private final Map<String, Integer> indexes;

	private ColumnMapping(Map<String, Integer> indexes) {
		this.indexes = indexes;
	}

	/**
	 * Resolves the template of {@code kind} against a file's header.
	 * @param mapping template column to file column, for files whose headers differ
	 * @throws UploadRejectedException naming what to fix when the mapping names unknown
	 * columns or a required column is missing
	 */
	static ColumnMapping resolve(UploadKind kind, List<String> header, Map<String, String> mapping) {
		Map<String, Integer> byName = new LinkedHashMap<>();
		for (int i = 0; i < header.size(); i++) {
			byName.putIfAbsent(normalise(header.get(i)), i);
		}
		List<String> templateColumns = kind.columns().stream().map(TemplateColumn::name).toList();
		List<String> problems = new ArrayList<>();
		mapping.forEach((templateColumn, fileColumn) -> {
			if (!templateColumns.contains(templateColumn)) {
				problems.add("the mapping names '" + templateColumn + "', which is not a column of the " + kind.id()
						+ " template (" + String.join(", ", templateColumns) + ")");
			}
			else if (!byName.containsKey(normalise(fileColumn))) {
				problems.add("the mapping maps " + templateColumn + " to '" + fileColumn
						+ "', which is not a column of the file");
			}
		});
		Map<String, Integer> indexes = new LinkedHashMap<>();
		List<String> missing = new ArrayList<>();
		for (TemplateColumn column : kind.columns()) {
			String fileColumn = mapping.getOrDefault(column.name(), column.name());
			Integer index = byName.get(normalise(fileColumn));
			if (index != null) {
				indexes.put(column.name(), index);
			}
			else if (column.required()) {
				missing.add(column.name());
			}
		}
		if (!missing.isEmpty()) {
			problems.add("the file has no column for required " + String.join(", ", missing)
					+ "; name the header cells as in GET /api/integrations/v1/uploads/templates/" + kind.id()
					+ " or send a mapping such as {\"" + missing.getFirst()
					+ "\":\"<your column>\"}; the file's columns are " + String.join(", ", header));
		}
		if (!problems.isEmpty()) {
			throw new UploadRejectedException(String.join("; ", problems));
		}
		return new ColumnMapping(indexes);
	}

	/** A data row by template column. */
	UploadRow row(Spreadsheet.Row row) {
		Map<String, String> values = new LinkedHashMap<>();
		this.indexes.forEach((column, index) -> {
			String cell = row.cell(index);
			if (!cell.isEmpty()) {
				values.put(column, cell);
			}
		});
		return new UploadRow(row.number(), values);
	}

	private static String normalise(String column) {
		return column.strip().toLowerCase(Locale.ROOT);
	}

}
