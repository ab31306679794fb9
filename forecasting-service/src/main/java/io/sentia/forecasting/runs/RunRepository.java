package io.sentia.forecasting.runs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads and writes {@code forecast_run} rows with explicit SQL; every read filters by
 * tenant.
 */
class RunRepository {

	private static final int MAX_ERROR_LENGTH = 1000;

	private final JdbcClient jdbc;

	RunRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Queues a run unless the tenant has one queued or running, or (scheduled runs)
	 * already has one for that day.
	 * @return whether the run was queued
	 */
	boolean insertQueued(UUID id, String tenantId, String trigger, String requestedBy, LocalDate scheduledDate,
			int horizon, Instant now) {
		try {
			this.jdbc
				.sql("""
						INSERT INTO forecast_run (id, tenant_id, trigger, status, requested_by, scheduled_date, horizon, created_at)
						VALUES (:id, :tenant, :trigger, 'queued', :requestedBy, :scheduledDate, :horizon, :now)
						""")
				.param("id", id)
				.param("tenant", tenantId)
				.param("trigger", trigger)
				.param("requestedBy", requestedBy)
				.param("scheduledDate", scheduledDate)
				.param("horizon", horizon)
				.param("now", utc(now))
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	Optional<ForecastRun> find(String tenantId, UUID id) {
		return this.jdbc.sql("SELECT * FROM forecast_run WHERE tenant_id = :tenant AND id = :id")
			.param("tenant", tenantId)
			.param("id", id)
			.query(RunRepository::run)
			.optional();
	}

	Optional<ForecastRun> active(String tenantId) {
		return this.jdbc
			.sql("SELECT * FROM forecast_run WHERE tenant_id = :tenant AND status IN ('queued', 'running') LIMIT 1")
			.param("tenant", tenantId)
			.query(RunRepository::run)
			.optional();
	}

	List<ForecastRun> recent(String tenantId, int limit) {
		return this.jdbc
			.sql("SELECT * FROM forecast_run WHERE tenant_id = :tenant ORDER BY created_at DESC LIMIT :limit")
			.param("tenant", tenantId)
			.param("limit", limit)
			.query(RunRepository::run)
			.list();
	}

	void started(UUID id, LocalDate historyEnd, int seriesTotal, int bottomSeries, Instant now) {
		this.jdbc
			.sql("""
					UPDATE forecast_run SET status = 'running', started_at = :now, progress_at = :now, history_end = :historyEnd,
					    series_total = :total, series_done = 0, bottom_series = :bottoms
					WHERE id = :id
					""")
			.param("id", id)
			.param("now", utc(now))
			.param("historyEnd", historyEnd)
			.param("total", seriesTotal)
			.param("bottoms", bottomSeries)
			.update();
	}

	void progressed(UUID id, int done, Instant now) {
		this.jdbc.sql(
				"UPDATE forecast_run SET series_done = greatest(series_done, :done), progress_at = :now WHERE id = :id")
			.param("id", id)
			.param("done", done)
			.param("now", utc(now))
			.update();
	}

	void succeeded(UUID id, Instant now) {
		this.jdbc
			.sql("""
					UPDATE forecast_run SET status = 'succeeded', series_done = series_total, finished_at = :now, progress_at = :now
					WHERE id = :id
					""")
			.param("id", id)
			.param("now", utc(now))
			.update();
	}

	/**
	 * Fails a run that is still queued or running.
	 * @return whether this call ended the run
	 */
	boolean failed(UUID id, String error, Instant now) {
		String message = (error.length() > MAX_ERROR_LENGTH) ? error.substring(0, MAX_ERROR_LENGTH) : error;
		return this.jdbc.sql("""
				UPDATE forecast_run SET status = 'failed', error = :error, finished_at = :now
				WHERE id = :id AND status IN ('queued', 'running')
				""").param("id", id).param("error", message).param("now", utc(now)).update() == 1;
	}

	/**
	 * Fails runs whose instance stopped reporting progress (crashed or restarted), so the
	 * tenant can run again.
	 * @return the trigger of each run failed
	 */
	List<String> failAbandoned(Instant silentSince, Instant now) {
		return this.jdbc.sql("""
				UPDATE forecast_run SET status = 'failed', finished_at = :now,
				    error = 'The instance running it stopped before it finished'
				WHERE status IN ('queued', 'running') AND coalesce(progress_at, created_at) < :silentSince
				RETURNING trigger
				""").param("silentSince", utc(silentSince)).param("now", utc(now)).query(String.class).list();
	}

	/** The newest succeeded run of the tenant, whose results the read APIs show. */
	Optional<ForecastRun> latestSucceeded(String tenantId) {
		return this.jdbc.sql("""
				SELECT * FROM forecast_run WHERE tenant_id = :tenant AND status = 'succeeded'
				ORDER BY finished_at DESC LIMIT 1
				""").param("tenant", tenantId).query(RunRepository::run).optional();
	}

	private static ForecastRun run(ResultSet row, int number) throws SQLException {
		Instant startedAt = instant(row, "started_at");
		Instant progressAt = instant(row, "progress_at");
		int done = row.getInt("series_done");
		int total = row.getInt("series_total");
		String status = row.getString("status");
		Instant eta = ForecastRun.RUNNING.equals(status) ? ForecastRun.estimate(startedAt, progressAt, done, total)
				: null;
		return new ForecastRun(row.getObject("id", UUID.class), row.getString("trigger"), status,
				row.getString("requested_by"), row.getObject("scheduled_date", LocalDate.class), row.getInt("horizon"),
				instant(row, "created_at"), startedAt, instant(row, "finished_at"),
				row.getObject("history_end", LocalDate.class), total, done, row.getInt("bottom_series"), eta,
				row.getString("error"));
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
