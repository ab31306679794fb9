package io.sentia.integrations.quarantine;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.sentia.integrations.connector.IngestSource;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stores quarantined records ({@code quarantined_record}), one entry per source record.
 */
public class Quarantine {

	private static final String COLUMNS = "id, provider, account, connection_id, upload_id, stream, external_id, reason, payload, status, first_seen_at, last_seen_at";

	private final JdbcClient jdbc;

	public Quarantine(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Holds a record back with the reason; a record already held is updated and reopened.
	 */
	public void hold(IngestSource source, String stream, String externalId, String reason, String payload) {
		this.jdbc
			.sql("""
					INSERT INTO quarantined_record (id, tenant_id, provider, account, connection_id, upload_id, stream, external_id, reason, payload)
					VALUES (:id, :tenant, :provider, :account, :connection, :upload, :stream, :externalId, :reason, :payload)
					ON CONFLICT (tenant_id, provider, account, stream, external_id) DO UPDATE
					SET reason = EXCLUDED.reason, payload = EXCLUDED.payload, status = 'open', last_seen_at = now(),
					    resolved_at = NULL, upload_id = COALESCE(EXCLUDED.upload_id, quarantined_record.upload_id)
					""")
			.param("id", UUID.randomUUID())
			.param("tenant", source.tenantId())
			.param("provider", source.provider().id())
			.param("account", source.account())
			.param("connection", source.connectionId())
			.param("upload", source.uploadId())
			.param("stream", stream)
			.param("externalId", externalId)
			.param("reason", reason)
			.param("payload", payload)
			.update();
	}

	/** Whether the source's stream has any open entry. */
	public boolean anyOpen(IngestSource source, String stream) {
		return this.jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM quarantined_record WHERE tenant_id = :tenant AND provider = :provider
				  AND account = :account AND stream = :stream AND status = 'open')
				""")
			.param("tenant", source.tenantId())
			.param("provider", source.provider().id())
			.param("account", source.account())
			.param("stream", stream)
			.query(Boolean.class)
			.single();
	}

	/** Marks the record's open entry resolved, because it has now been accepted. */
	public void resolve(IngestSource source, String stream, String externalId) {
		this.jdbc.sql("""
				UPDATE quarantined_record SET status = 'resolved', resolved_at = now()
				WHERE tenant_id = :tenant AND provider = :provider AND account = :account AND stream = :stream
				  AND external_id = :externalId AND status = 'open'
				""")
			.param("tenant", source.tenantId())
			.param("provider", source.provider().id())
			.param("account", source.account())
			.param("stream", stream)
			.param("externalId", externalId)
			.update();
	}

	/** The tenant's entries, newest first, filtered by whatever is given. */
	public List<QuarantinedRecord> list(String tenantId, @Nullable UUID connectionId, @Nullable String stream,
			@Nullable String status, int limit) {
		return this.jdbc.sql("SELECT " + COLUMNS + """
				 FROM quarantined_record WHERE tenant_id = :tenant
				  AND (CAST(:connection AS uuid) IS NULL OR connection_id = CAST(:connection AS uuid))
				  AND (CAST(:stream AS text) IS NULL OR stream = CAST(:stream AS text))
				  AND (CAST(:status AS text) IS NULL OR status = CAST(:status AS text))
				ORDER BY last_seen_at DESC, id LIMIT :limit
				""")
			.param("tenant", tenantId)
			.param("connection", connectionId)
			.param("stream", stream)
			.param("status", status)
			.param("limit", limit)
			.query(this::row)
			.list();
	}

	/** One of the tenant's entries. */
	public Optional<QuarantinedRecord> find(String tenantId, UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM quarantined_record WHERE tenant_id = :tenant AND id = :id")
			.param("tenant", tenantId)
			.param("id", id)
			.query(this::row)
			.optional();
	}

	/** Open entries of a connection's stream, oldest first, for re-processing. */
	public List<QuarantinedRecord> open(String tenantId, UUID connectionId, @Nullable String stream) {
		return this.jdbc.sql("SELECT " + COLUMNS + """
				 FROM quarantined_record WHERE tenant_id = :tenant AND connection_id = :connection AND status = 'open'
				  AND (CAST(:stream AS text) IS NULL OR stream = CAST(:stream AS text))
				ORDER BY first_seen_at, id
				""")
			.param("tenant", tenantId)
			.param("connection", connectionId)
			.param("stream", stream)
			.query(this::row)
			.list();
	}

	/** Open entries of the tenant, for the quality score. */
	public long openCount(String tenantId, UUID connectionId) {
		return this.jdbc
			.sql("""
					SELECT count(*) FROM quarantined_record WHERE tenant_id = :tenant AND connection_id = :connection AND status = 'open'
					""")
			.param("tenant", tenantId)
			.param("connection", connectionId)
			.query(Long.class)
			.single();
	}

	/** Sets an entry aside without re-processing it. */
	public boolean dismiss(String tenantId, UUID id) {
		return this.jdbc.sql(
				"UPDATE quarantined_record SET status = 'dismissed', resolved_at = now() WHERE tenant_id = :tenant AND id = :id AND status = 'open'")
			.param("tenant", tenantId)
			.param("id", id)
			.update() == 1;
	}

	private QuarantinedRecord row(ResultSet rs, int row) throws SQLException {
		return new QuarantinedRecord(rs.getObject("id", UUID.class), rs.getString("provider"), rs.getString("account"),
				rs.getObject("connection_id", UUID.class), rs.getObject("upload_id", UUID.class),
				rs.getString("stream"), rs.getString("external_id"), rs.getString("reason"), rs.getString("payload"),
				rs.getString("status"), rs.getTimestamp("first_seen_at").toInstant(),
				rs.getTimestamp("last_seen_at").toInstant());
	}

}
