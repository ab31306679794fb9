package io.sentia.integrations.connector;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * One record as the provider sent it.
 *
 * @param externalId the provider's id of the record, unique within the stream and account
 * @param updatedAt the provider's own last-modified time, or {@code null} if it has none
 * @param json the record's JSON exactly as read (quarantine keeps it, secrets stripped)
 */
public record RawRecord(String externalId, @Nullable Instant updatedAt, String json) {
}
