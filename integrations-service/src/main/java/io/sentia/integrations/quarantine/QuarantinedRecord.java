package io.sentia.integrations.quarantine;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A record held back from publication.
 *
 * @param id quarantine entry id
 * @param provider provider id
 * @param account provider account (for uploads: the upload kind)
 * @param connectionId the connection, or {@code null} for uploads
 * @param uploadId the upload, or {@code null} for connections
 * @param stream the stream
 * @param externalId the provider's id of the record
 * @param reason what is wrong and how to fix it
 * @param payload the record as read, secrets stripped
 * @param status {@code open}, {@code resolved} or {@code dismissed}
 * @param firstSeenAt when it was first rejected
 * @param lastSeenAt when it was last rejected
 */
public record QuarantinedRecord(UUID id, String provider, String account, @Nullable UUID connectionId,
		@Nullable UUID uploadId, String stream, String externalId, String reason, String payload, String status,
		Instant firstSeenAt, Instant lastSeenAt) {
}
