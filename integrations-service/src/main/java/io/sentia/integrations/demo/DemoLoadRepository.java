package io.sentia.integrations.demo;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads and advances the load progress of demo datasets ({@code demo_dataset_load}).
 */
class DemoLoadRepository {

	private static final String COLUMNS = "events_total, events_published, batch_size, started_at, finished_at";

	private final JdbcClient jdbc;

	DemoLoadRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records that loading a dataset begins, unless an earlier attempt already did. */
	void begin(String tenantId, String datasetId, int eventsTotal, int batchSize) {
		this.jdbc.sql("""
				INSERT INTO demo_dataset_load (tenant_id, dataset_id, events_total, batch_size)
				VALUES (:tenant, :dataset, :total, :batchSize)
				ON CONFLICT (tenant_id, dataset_id) DO NOTHING
				""")
			.param("tenant", tenantId)
			.param("dataset", datasetId)
			.param("total", eventsTotal)
			.param("batchSize", batchSize)
			.update();
	}

	Optional<DemoLoadProgress> find(String tenantId, String datasetId) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM demo_dataset_load WHERE tenant_id = :tenant AND dataset_id = :dataset")
			.param("tenant", tenantId)
			.param("dataset", datasetId)
			.query(DemoLoadRepository::progress)
			.optional();
	}

	/**
	 * Reads the progress and locks it until the caller's transaction ends, so two
	 * instances never publish the same batch.
	 */
	Optional<DemoLoadProgress> lock(String tenantId, String datasetId) {
		return this.jdbc
			.sql("SELECT " + COLUMNS
					+ " FROM demo_dataset_load WHERE tenant_id = :tenant AND dataset_id = :dataset FOR UPDATE")
			.param("tenant", tenantId)
			.param("dataset", datasetId)
			.query(DemoLoadRepository::progress)
			.optional();
	}

	/**
	 * Advances the progress in the caller's transaction, the one that wrote the batch.
	 */
	void advance(String tenantId, String datasetId, int eventsPublished, boolean finished) {
		this.jdbc.sql("""
				UPDATE demo_dataset_load
				SET events_published = :published, updated_at = now(),
				    finished_at = CASE WHEN :finished THEN now() ELSE NULL END
				WHERE tenant_id = :tenant AND dataset_id = :dataset
				""")
			.param("published", eventsPublished)
			.param("finished", finished)
			.param("tenant", tenantId)
			.param("dataset", datasetId)
			.update();
	}

	private static DemoLoadProgress progress(ResultSet row, int rowNumber) throws SQLException {
		return new DemoLoadProgress(row.getInt("events_total"), row.getInt("events_published"),
				row.getInt("batch_size"), instant(row.getTimestamp("started_at")),
				instant(row.getTimestamp("finished_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
