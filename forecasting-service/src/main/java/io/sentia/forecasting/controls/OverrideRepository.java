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

import io.sentia.forecasting.demand.SeriesKeyPath;
import io.sentia.servicekit.security.Caller;
import io.sentia.servicekit.sql.Where;
import io.sentia.servicekit.sql.Where.Comparison;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Overrides and their audit, with explicit SQL; every query filters by the tenant.
 * Callers run {@link #set} and {@link #clear} inside a transaction so the override and
 * its audit entry are written together.
 */
class OverrideRepository {

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
		return key(tenantId, series).statement(this.jdbc, "SELECT EXISTS (SELECT 1 FROM series_forecast WHERE {where})")
			.query(Boolean.class)
			.single();
	}

	List<ForecastOverride> list(String tenantId, SeriesKeyPath series) {
		return key(tenantId, series).statement(this.jdbc, """
				SELECT period_start, quantity, reason, updated_by, updated_email, updated_at FROM forecast_override
				WHERE {where} ORDER BY period_start
				""").query((row, number) -> override(series, row)).list();
	}

	/** Sets the week's override, replacing any earlier one, and audits the change. */
	ForecastOverride set(String tenantId, SeriesKeyPath series, LocalDate period, double quantity, String reason,
			Caller caller) {
		Instant now = this.clock.instant();
		while (true) {
			Optional<ForecastOverride> old = lockedOverride(tenantId, series, period);
			if (old.isPresent()) {
				key(tenantId, series).statement(this.jdbc, """
						UPDATE forecast_override SET quantity = :quantity, reason = :reason, updated_by = :by,
						    updated_email = :email, updated_at = :at
						WHERE {where} AND period_start = :period
						""").params(change(period, quantity, reason, caller, now)).update();
			}
			else if (this.jdbc.sql("""
					INSERT INTO forecast_override (tenant_id, level, sku, channel, region, period_start, quantity,
					    reason, updated_by, updated_email, updated_at)
					VALUES (:tenant, :level, :sku, :channel, :region, :period, :quantity, :reason, :by, :email, :at)
					ON CONFLICT DO NOTHING
					""")
				.params(key(tenantId, series).parameters())
				.params(change(period, quantity, reason, caller, now))
				.update() == 0) {
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
		key(tenantId, series).andEqual("period_start", "period", period)
			.statement(this.jdbc, "DELETE FROM forecast_override WHERE {where}")
			.update();
		audit(tenantId, series, period, "cleared", old.get().quantity(), null, reason, caller, this.clock.instant());
		return true;
	}

	/**
	 * Audit entries of the tenant, oldest first, optionally limited by time and series.
	 */
	List<OverrideChange> audit(String tenantId, @Nullable Instant from, @Nullable Instant to,
			@Nullable SeriesKeyPath series) {
		Where where = (series != null) ? key(tenantId, series) : Where.all().andEqual("tenant_id", "tenant", tenantId);
		return where.andIfPresent("changed_at", Comparison.AT_LEAST, "from", from)
			.andIfPresent("changed_at", Comparison.LESS_THAN, "to", to)
			.statement(this.jdbc, """
					SELECT sku, channel, region, period_start, action, old_quantity, new_quantity, reason, subject,
					       email, changed_at
					FROM forecast_override_audit WHERE {where} ORDER BY changed_at, id LIMIT 10000
					""")
			.query((row, number) -> new OverrideChange(
					row.getString("sku") + ":" + row.getString("channel") + ":" + row.getString("region"),
					row.getObject("period_start", LocalDate.class), row.getString("action"),
					nullableDouble(row, "old_quantity"), nullableDouble(row, "new_quantity"), row.getString("reason"),
					row.getString("subject"), row.getString("email"),
					row.getObject("changed_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	private Optional<ForecastOverride> lockedOverride(String tenantId, SeriesKeyPath series, LocalDate period) {
		return key(tenantId, series).andEqual("period_start", "period", period).statement(this.jdbc, """
				SELECT period_start, quantity, reason, updated_by, updated_email, updated_at FROM forecast_override
				WHERE {where} FOR UPDATE
				""").query((row, number) -> override(series, row)).optional();
	}

	private void audit(String tenantId, SeriesKeyPath series, LocalDate period, String action, Double oldQuantity,
			Double newQuantity, String reason, Caller caller, Instant now) {
		this.jdbc.sql("""
				INSERT INTO forecast_override_audit (tenant_id, level, sku, channel, region, period_start, action,
				    old_quantity, new_quantity, reason, subject, email, changed_at)
				VALUES (:tenant, :level, :sku, :channel, :region, :period, :action, :old, :new, :reason, :by, :email,
				    :at)
				""")
			.params(key(tenantId, series).parameters())
			.param("period", period)
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

	/** The series of the tenant: the key of overrides and of their audit. */
	private static Where key(String tenantId, SeriesKeyPath series) {
		return Where.all()
			.andEqual("tenant_id", "tenant", tenantId)
			.andEqual("level", "level", series.levelId())
			.andEqual("sku", "sku", series.sku())
			.andEqual("channel", "channel", series.channel())
			.andEqual("region", "region", series.region());
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
