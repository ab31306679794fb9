package io.sentia.integrations.ingest;

import java.sql.Timestamp;
import java.time.Instant;

import io.sentia.integrations.connector.IngestSource;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The last published content of each source record ({@code source_record}), keyed by
 * tenant, provider, account, stream and the provider's id.
 */
class SourceRecords {

	private final JdbcClient jdbc;

	SourceRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores the record's content hash unless it is unchanged or older than what is
	 * stored.
	 * @return whether the record is new or changed, i.e. its events must be published
	 */
	boolean changed(IngestSource source, String stream, String externalId, String hash,
			@Nullable Instant providerUpdatedAt) {
		return this.jdbc
			.sql("""
					INSERT INTO source_record (tenant_id, provider, account, stream, external_id, content_hash, provider_updated_at)
					VALUES (:tenant, :provider, :account, :stream, :externalId, :hash, :updatedAt)
					ON CONFLICT (tenant_id, provider, account, stream, external_id) DO UPDATE
					SET content_hash = EXCLUDED.content_hash, provider_updated_at = EXCLUDED.provider_updated_at, changed_at = now()
					WHERE source_record.content_hash <> EXCLUDED.content_hash
					  AND (source_record.provider_updated_at IS NULL OR EXCLUDED.provider_updated_at IS NULL
					       OR EXCLUDED.provider_updated_at >= source_record.provider_updated_at)
					RETURNING 1
					""")
			.param("tenant", source.tenantId())
			.param("provider", source.provider().id())
			.param("account", source.account())
			.param("stream", stream)
			.param("externalId", externalId)
			.param("hash", hash)
			.param("updatedAt", (providerUpdatedAt != null) ? Timestamp.from(providerUpdatedAt) : null)
			.query(Integer.class)
			.optional()
			.isPresent();
	}

}
