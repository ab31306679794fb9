package io.sentia.integrations.upload;

import org.jspecify.annotations.Nullable;

/**
 * Why one row of an upload was quarantined.
 *
 * @param row the row's number in the file (the header is row 1)
 * @param column the template column at fault, or {@code null} when the row as a whole is
 * @param problem what is wrong and what would fix it
 */
public record RowProblem(int row, @Nullable String column, String problem) {

	@Override
	public String toString() {
		return "row " + this.row + ((this.column != null) ? ", column " + this.column : "") + ": " + this.problem;
	}

}
