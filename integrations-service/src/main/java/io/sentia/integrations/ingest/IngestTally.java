package io.sentia.integrations.ingest;

import java.util.UUID;

import io.sentia.integrations.connector.IngestSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Counts accepted and rejected records per source and day, for the quality score. */
public class IngestTally {

	private final JdbcClient jdbc;

	IngestTally(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(IngestSource source, long accepted, long rejected) {
		if (accepted == 0 && rejected == 0) {
			return;
		}
		this.jdbc
			.sql("""
					INSERT INTO ingest_tally (tenant_id, source_key, day, accepted, rejected)
					VALUES (:tenant, :key, current_date, :accepted, :rejected)
					ON CONFLICT (tenant_id, source_key, day) DO UPDATE
					SET accepted = ingest_tally.accepted + EXCLUDED.accepted, rejected = ingest_tally.rejected + EXCLUDED.rejected
					""")
			.param("tenant", source.tenantId())
			.param("key", key(source))
			.param("accepted", accepted)
			.param("rejected", rejected)
			.update();
	}

	/** Accepted and rejected records of a connection over the last {@code days} days. */
	public Counts since(String tenantId, UUID connectionId, int days) {
		return this.jdbc.sql("""
				SELECT COALESCE(sum(accepted), 0) AS accepted, COALESCE(sum(rejected), 0) AS rejected FROM ingest_tally
				WHERE tenant_id = :tenant AND source_key = :key AND day > current_date - :days
				""")
			.param("tenant", tenantId)
			.param("key", connectionId.toString())
			.param("days", days)
			.query((rs, row) -> new Counts(rs.getLong("accepted"), rs.getLong("rejected")))
			.single();
	}

	private static String key(IngestSource source) {
		if (source.connectionId() != null) {
			return source.connectionId().toString();
		}
		return source.provider().id() + ":" + source.account();
	}

	/**
	 * Records accepted and rejected.
	 *
	 * @param accepted records that became events (changed or not)
	 * @param rejected records quarantined
	 */
	public record Counts(long accepted, long rejected) {
	}

}
