package io.sentia.integrations.sync;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Cursors ({@code sync_cursor}), runs ({@code sync_run}) and backfill windows
 * ({@code sync_window}).
 */
class SyncStore {

	private static final String RUN_COLUMNS = "id, connection_id, stream, kind, status, window_from, window_to, records_read, records_changed, records_rejected, records_total, error_code, error_message, requested_at, started_at, finished_at";

	private final JdbcClient jdbc;

	SyncStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Cursor cursor(UUID connectionId, String stream) {
		return this.jdbc.sql("""
				SELECT high_water, token, paused_until, paused_reason FROM sync_cursor
				WHERE connection_id = :connection AND stream = :stream
				""")
			.param("connection", connectionId)
			.param("stream", stream)
			.query((rs, row) -> new Cursor(instant(rs, "high_water"), rs.getString("token"),
					instant(rs, "paused_until"), rs.getString("paused_reason")))
			.optional()
			.orElse(new Cursor(null, null, null, null));
	}

	/** Moves the cursor forward (never back) and keeps the newest token given. */
	void advance(UUID connectionId, String stream, @Nullable Instant highWater, @Nullable String token) {
		this.jdbc
			.sql("""
					INSERT INTO sync_cursor (connection_id, stream, high_water, token) VALUES (:connection, :stream, :highWater, :token)
					ON CONFLICT (connection_id, stream) DO UPDATE SET
					  high_water = GREATEST(sync_cursor.high_water, EXCLUDED.high_water),
					  token = COALESCE(EXCLUDED.token, sync_cursor.token), updated_at = now()
					""")
			.param("connection", connectionId)
			.param("stream", stream)
			.param("highWater", timestamp(highWater))
			.param("token", token)
			.update();
	}

	/**
	 * Pauses the stream until {@code until}, e.g. when the provider's day limit is spent.
	 */
	void pause(UUID connectionId, String stream, Instant until, String reason) {
		this.jdbc
			.sql("""
					INSERT INTO sync_cursor (connection_id, stream, paused_until, paused_reason) VALUES (:connection, :stream, :until, :reason)
					ON CONFLICT (connection_id, stream) DO UPDATE SET paused_until = EXCLUDED.paused_until,
					  paused_reason = EXCLUDED.paused_reason, updated_at = now()
					""")
			.param("connection", connectionId)
			.param("stream", stream)
			.param("until", Timestamp.from(until))
			.param("reason", reason)
			.update();
	}

	/**
	 * Queues a run unless one of the stream is queued or running.
	 * @return the run's id, or empty when one is already active
	 */
	Optional<UUID> queue(String tenantId, UUID connectionId, String stream, RunKind kind, @Nullable Instant from,
			@Nullable Instant to) {
		UUID id = UUID.randomUUID();
		try {
			this.jdbc.sql("""
					INSERT INTO sync_run (id, tenant_id, connection_id, stream, kind, status, window_from, window_to)
					VALUES (:id, :tenant, :connection, :stream, :kind, 'queued', :from, :to)
					""")
				.param("id", id)
				.param("tenant", tenantId)
				.param("connection", connectionId)
				.param("stream", stream)
				.param("kind", kind.id())
				.param("from", timestamp(from))
				.param("to", timestamp(to))
				.update();
			return Optional.of(id);
		}
		catch (DuplicateKeyException ex) {
			return Optional.empty();
		}
	}

	Optional<UUID> activeRun(UUID connectionId, String stream) {
		return this.jdbc.sql(
				"SELECT id FROM sync_run WHERE connection_id = :connection AND stream = :stream AND status IN ('queued', 'running')")
			.param("connection", connectionId)
			.param("stream", stream)
			.query(UUID.class)
			.optional();
	}

	void start(UUID runId, Instant from, @Nullable Instant to) {
		this.jdbc.sql("""
				UPDATE sync_run SET status = 'running', started_at = COALESCE(started_at, now()),
				  window_from = :from, window_to = :to WHERE id = :id
				""").param("id", runId).param("from", Timestamp.from(from)).param("to", timestamp(to)).update();
	}

	void count(UUID runId, long read, long changed, long rejected, @Nullable Long total) {
		this.jdbc.sql("""
				UPDATE sync_run SET records_read = records_read + :read, records_changed = records_changed + :changed,
				  records_rejected = records_rejected + :rejected, records_total = COALESCE(:total, records_total)
				WHERE id = :id
				""")
			.param("id", runId)
			.param("read", read)
			.param("changed", changed)
			.param("rejected", rejected)
			.param("total", total)
			.update();
	}

	void finish(UUID runId, String status, @Nullable String errorCode, @Nullable String errorMessage) {
		this.jdbc.sql("""
				UPDATE sync_run SET status = :status, error_code = :code, error_message = :message, finished_at = now()
				WHERE id = :id
				""")
			.param("id", runId)
			.param("status", status)
			.param("code", errorCode)
			.param("message", errorMessage)
			.update();
	}

	Optional<SyncRun> run(UUID runId) {
		return this.jdbc.sql("SELECT " + RUN_COLUMNS + " FROM sync_run WHERE id = :id")
			.param("id", runId)
			.query(this::mapRun)
			.optional();
	}

	List<SyncRun> runs(UUID connectionId, @Nullable String stream, int limit) {
		return this.jdbc
			.sql("SELECT " + RUN_COLUMNS
					+ """
							 FROM sync_run WHERE connection_id = :connection AND (CAST(:stream AS text) IS NULL OR stream = CAST(:stream AS text))
							ORDER BY requested_at DESC, id LIMIT :limit
							""")
			.param("connection", connectionId)
			.param("stream", stream)
			.param("limit", limit)
			.query(this::mapRun)
			.list();
	}

	/** Runs that were queued or running when the service stopped. */
	List<UUID> unfinished() {
		return this.jdbc.sql("SELECT id FROM sync_run WHERE status IN ('queued', 'running') ORDER BY requested_at")
			.query(UUID.class)
			.list();
	}

	/** When a run of this kind was last asked for, or empty if never. */
	Optional<Instant> lastRequested(UUID connectionId, String stream, RunKind kind) {
		return this.jdbc
			.sql("""
					SELECT max(requested_at) FROM sync_run WHERE connection_id = :connection AND stream = :stream AND kind = :kind
					""")
			.param("connection", connectionId)
			.param("stream", stream)
			.param("kind", kind.id())
			.query((rs, row) -> instant(rs, "max"))
			.optional()
			.filter((instant) -> instant != null);
	}

	/** Creates a backfill's windows once; a resumed run finds them already there. */
	void planWindows(UUID runId, List<Window> windows) {
		for (int i = 0; i < windows.size(); i++) {
			this.jdbc.sql("""
					INSERT INTO sync_window (run_id, seq, window_from, window_to) VALUES (:run, :seq, :from, :to)
					ON CONFLICT (run_id, seq) DO NOTHING
					""")
				.param("run", runId)
				.param("seq", i)
				.param("from", Timestamp.from(windows.get(i).from()))
				.param("to", Timestamp.from(windows.get(i).to()))
				.update();
		}
	}

	List<Window> windows(UUID runId) {
		return this.jdbc
			.sql("SELECT seq, window_from, window_to, done FROM sync_window WHERE run_id = :run ORDER BY seq")
			.param("run", runId)
			.query((rs, row) -> new Window(rs.getInt("seq"), instant(rs, "window_from"), instant(rs, "window_to"),
					rs.getBoolean("done")))
			.list();
	}

	void windowDone(UUID runId, int seq) {
		this.jdbc.sql("UPDATE sync_window SET done = true WHERE run_id = :run AND seq = :seq")
			.param("run", runId)
			.param("seq", seq)
			.update();
	}

	private SyncRun mapRun(ResultSet rs, int row) throws SQLException {
		long total = rs.getLong("records_total");
		return new SyncRun(rs.getObject("id", UUID.class), rs.getObject("connection_id", UUID.class),
				rs.getString("stream"), rs.getString("kind"), rs.getString("status"), instant(rs, "window_from"),
				instant(rs, "window_to"), rs.getLong("records_read"), rs.getLong("records_changed"),
				rs.getLong("records_rejected"), rs.wasNull() ? null : total, rs.getString("error_code"),
				rs.getString("error_message"), instant(rs, "requested_at"), instant(rs, "started_at"),
				instant(rs, "finished_at"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	/**
	 * Where a stream has read up to.
	 *
	 * @param highWater newest provider timestamp read, or {@code null} before the first
	 * run
	 * @param token opaque provider cursor, or {@code null}
	 * @param pausedUntil the provider asked us to wait until then, or {@code null}
	 * @param pausedReason why
	 */
	record Cursor(@Nullable Instant highWater, @Nullable String token, @Nullable Instant pausedUntil,
			@Nullable String pausedReason) {
	}

	/**
	 * One date window of a backfill.
	 *
	 * @param seq its place in the backfill
	 * @param from start, inclusive
	 * @param to end, exclusive
	 * @param done whether it was read completely
	 */
	record Window(int seq, Instant from, Instant to, boolean done) {

		Window(Instant from, Instant to) {
			this(0, from, to, false);
		}

	}

}
