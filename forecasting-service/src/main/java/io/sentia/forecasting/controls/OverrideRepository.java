package io.sentia.forecasting.controls;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.sentia.forecasting.series.SeriesKeyPath;
import io.sentia.servicekit.security.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/**
 * Overrides and their audit, with explicit SQL; every query filters by the tenant.
 * Callers run {@link #set} and {@link #clear} inside a transaction so the override and
 * its audit entry are written together.
 */
class OverrideRepository {

	private static final String KEY = """
			tenant_id = :tenant AND level = :level AND sku = :sku AND channel = :channel AND region = :region
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	OverrideRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Whether the tenant's newest run forecast this series (only that run keeps series).
	 */
	boolean seriesExists(String tenantId, SeriesKeyPath series) {
		return key(this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM series_forecast WHERE " + KEY + ")"), tenantId, series)
			.query(Boolean.class)
			.single();
	}

	List<ForecastOverride> list(String tenantId, SeriesKeyPath series) {
		return key(this.jdbc.sql("""
				SELECT period_start, quantity, reason, updated_by, updated_email, updated_at FROM forecast_override
				WHERE %s ORDER BY period_start
				""".formatted(KEY)), tenantId, series).query((row, number) -> override(series, row)).list();
	}

	/** Sets the week's override, replacing any earlier one, and audits the change. */
	ForecastOverride set(String tenantId, SeriesKeyPath series, LocalDate period, double quantity, String reason,
			Caller caller) {
		Instant now = this.clock.instant();
		while (true) {
			Optional<ForecastOverride> old = lockedOverride(tenantId, series, period);
			if (old.isPresent()) {
				key(this.jdbc.sql("""
						UPDATE forecast_override SET quantity = :quantity, reason = :reason, updated_by = :by,
						    updated_email = :email, updated_at = :at
						WHERE %s AND period_start = :period
						""".formatted(KEY)), tenantId, series).params(change(period, quantity, reason, caller, now))
					.update();
			}
			else if (key(this.jdbc.sql("""
					INSERT INTO forecast_override (tenant_id, level, sku, channel, region, period_start, quantity,
					    reason, updated_by, updated_email, updated_at)
					VALUES (:tenant, :level, :sku, :channel, :region, :period, :quantity, :reason, :by, :email, :at)
					ON CONFLICT DO NOTHING
					"""), tenantId, series).params(change(period, quantity, reason, caller, now)).update() == 0) {
				// Another request created it between our read and insert: read it again,
				// locked.
				continue;
			}
			audit(tenantId, series, period, "set", old.map(ForecastOverride::quantity).orElse(null), quantity, reason,
					caller, now);
			return new ForecastOverride(series.key(), period, quantity, reason, caller.subject(), caller.email(), now);
		}
	}

	/**
	 * Removes the week's override, auditing it; the baseline applies again.
	 * @return whether there was one
	 */
	boolean clear(String tenantId, SeriesKeyPath series, LocalDate period, String reason, Caller caller) {
		Optional<ForecastOverride> old = lockedOverride(tenantId, series, period);
		if (old.isEmpty()) {
			return false;
		}
		key(this.jdbc.sql("DELETE FROM forecast_override WHERE " + KEY + " AND period_start = :period"), tenantId,
				series)
			.param("period", period)
			.update();
		audit(tenantId, series, period, "cleared", old.get().quantity(), null, reason, caller, this.clock.instant());
		return true;
	}

	/**
	 * Audit entries of the tenant, oldest first, optionally limited by time and series.
	 */
	List<OverrideChange> audit(String tenantId, @Nullable Instant from, @Nullable Instant to,
			@Nullable SeriesKeyPath series) {
		StringBuilder where = new StringBuilder("tenant_id = :tenant");
		if (from != null) {
			where.append(" AND changed_at >= :from");
		}
		if (to != null) {
			where.append(" AND changed_at < :to");
		}
		if (series != null) {
			where.append(" AND level = :level AND sku = :sku AND channel = :channel AND region = :region");
		}
		StatementSpec query = this.jdbc.sql("""
				SELECT sku, channel, region, period_start, action, old_quantity, new_quantity, reason, subject, email,
				       changed_at
				FROM forecast_override_audit WHERE %s ORDER BY changed_at, id LIMIT 10000
				""".formatted(where)).param("tenant", tenantId);
		if (from != null) {
			query = query.param("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
		}
		if (to != null) {
			query = query.param("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
		}
		if (series != null) {
			query = key(query, tenantId, series);
		}
		return query
			.query((row, number) -> new OverrideChange(
					row.getString("sku") + ":" + row.getString("channel") + ":" + row.getString("region"),
					row.getObject("period_start", LocalDate.class), row.getString("action"),
					nullableDouble(row, "old_quantity"), nullableDouble(row, "new_quantity"), row.getString("reason"),
					row.getString("subject"), row.getString("email"),
					row.getObject("changed_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	private Optional<ForecastOverride> lockedOverride(String tenantId, SeriesKeyPath series, LocalDate period) {
		return key(this.jdbc.sql("""
				SELECT period_start, quantity, reason, updated_by, updated_email, updated_at FROM forecast_override
				WHERE %s AND period_start = :period FOR UPDATE
				""".formatted(KEY)), tenantId, series).param("period", period)
			.query((row, number) -> override(series, row))
			.optional();
	}

	private void audit(String tenantId, SeriesKeyPath series, LocalDate period, String action, Double oldQuantity,
			Double newQuantity, String reason, Caller caller, Instant now) {
		key(this.jdbc.sql("""
				INSERT INTO forecast_override_audit (tenant_id, level, sku, channel, region, period_start, action,
				    old_quantity, new_quantity, reason, subject, email, changed_at)
				VALUES (:tenant, :level, :sku, :channel, :region, :period, :action, :old, :new, :reason, :by, :email,
				    :at)
				"""), tenantId, series).param("period", period)
			.param("action", action)
			.param("old", oldQuantity, Types.DOUBLE)
			.param("new", newQuantity, Types.DOUBLE)
			.param("reason", reason)
			.param("by", caller.subject())
			.param("email", caller.email(), Types.VARCHAR)
			.param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update();
	}

	private static Map<String, Object> change(LocalDate period, double quantity, String reason, Caller caller,
			Instant now) {
		Map<String, Object> values = new HashMap<>();
		values.put("period", period);
		values.put("quantity", quantity);
		values.put("reason", reason);
		values.put("by", caller.subject());
		values.put("email", caller.email());
		values.put("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
		return values;
	}

	private static StatementSpec key(StatementSpec statement, String tenantId, SeriesKeyPath series) {
		return statement.param("tenant", tenantId)
			.param("level", series.levelId())
			.param("sku", series.sku())
			.param("channel", series.channel())
			.param("region", series.region());
	}

	private static ForecastOverride override(SeriesKeyPath series, ResultSet row) throws SQLException {
		return new ForecastOverride(series.key(), row.getObject("period_start", LocalDate.class),
				row.getDouble("quantity"), row.getString("reason"), row.getString("updated_by"),
				row.getString("updated_email"), row.getObject("updated_at", OffsetDateTime.class).toInstant());
	}

	private static Double nullableDouble(ResultSet row, String column) throws SQLException {
		double value = row.getDouble(column);
		return row.wasNull() ? null : value;
	}

}
