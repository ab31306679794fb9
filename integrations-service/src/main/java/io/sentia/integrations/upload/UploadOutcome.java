package io.sentia.integrations.upload;

import java.util.List;

/**
 * What an upload did, by row.
 *
 * @param rows data rows in the file
 * @param imported rows whose records became events (or were unchanged)
 * @param quarantined rows whose records were quarantined
 * @param report why each quarantined row was quarantined, by row number
 */
public record UploadOutcome(int rows, int imported, int quarantined, List<RowProblem> report) {

	public UploadOutcome {
		report = List.copyOf(report);
	}

}
