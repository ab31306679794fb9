package io.sentia.integrations.upload;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An upload as the API shows it.
 *
 * @param id the upload's id
 * @param kind what the file holds
 * @param fileName the file's name
 * @param format {@code csv} or {@code xlsx}, or {@code null} when unreadable
 * @param source {@code upload} (by a user) or {@code mail} (an attachment)
 * @param sourceRef for mail: the connection, message and attachment it came from
 * @param status {@code imported}, {@code imported_with_rejections} or {@code rejected}
 * @param error why a rejected file imported nothing
 * @param rows data rows in the file
 * @param imported rows imported
 * @param quarantined rows quarantined
 * @param report row, column and problem of each quarantined row
 * @param createdBy who uploaded it (user or client id, or the mail connection)
 * @param createdAt when it arrived
 */
public record UploadView(UUID id, String kind, String fileName, @Nullable String format, String source,
		@Nullable String sourceRef, String status, @Nullable String error, int rows, int imported, int quarantined,
		List<RowProblem> report, String createdBy, Instant createdAt) {
}
