package io.sentia.integrations.upload;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The documented template of one upload kind.
 *
 * @param kind the kind
 * @param header the CSV header line
 * @param example one example data line
 * @param columns every column: name, whether required, format
 */
public record UploadTemplate(String kind, String header, String example, List<TemplateColumn> columns) {

	/** The template of a kind. */
	public static UploadTemplate of(UploadKind kind) {
		return new UploadTemplate(kind.id(),
				kind.columns().stream().map(TemplateColumn::name).collect(Collectors.joining(",")), kind.example(),
				kind.columns());
	}

	/** The header and the example as a CSV file. */
	public String csv() {
		return this.header + "\n" + this.example + "\n";
	}

}
