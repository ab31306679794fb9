package io.sentia.integrations.connector;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Where ingested records come from.
 *
 * @param tenantId owning tenant
 * @param provider the provider (or {@link Provider#UPLOAD})
 * @param account the provider account (for uploads: the upload's kind)
 * @param region sales region, or {@code null} where it does not apply
 * @param connectionId the connection, or {@code null} for uploads
 * @param uploadId the upload, or {@code null} for connections
 */
public record IngestSource(String tenantId, Provider provider, String account, @Nullable String region,
		@Nullable UUID connectionId, @Nullable UUID uploadId) {
}
