package io.sentia.forecasting.series;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.sentia.forecasting.demand.SeriesKeyPath;
import io.sentia.forecasting.series.SeriesViews.ForecastWeek;
import io.sentia.forecasting.series.SeriesViews.HistoryWeek;
import io.sentia.forecasting.series.SeriesViews.Interval;
import io.sentia.forecasting.series.SeriesViews.ModelAccuracy;
import io.sentia.forecasting.series.SeriesViews.OverrideNote;
import io.sentia.forecasting.series.SeriesViews.SeriesSummary;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the newest succeeded run's series with explicit SQL; every query filters by the
 * tenant.
 */
class SeriesQueries {

	private final JdbcClient jdbc;

	SeriesQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The newest succeeded run of the tenant, if any. */
	Optional<LatestRun> latestRun(String tenantId) {
		return this.jdbc.sql("""
				SELECT id, history_end, finished_at FROM forecast_run
				WHERE tenant_id = :tenant AND status = 'succeeded' ORDER BY finished_at DESC LIMIT 1
				""")
			.param("tenant", tenantId)
			.query((row, number) -> new LatestRun(row.getObject("id", UUID.class),
					row.getObject("history_end", LocalDate.class),
					row.getObject("finished_at", OffsetDateTime.class).toInstant()))
			.optional();
	}

	int count(String tenantId, UUID runId, SeriesFilter filter) {
		return filter.where(tenantId, runId)
			.statement(this.jdbc, "SELECT count(*) FROM series_forecast WHERE {where}")
			.query(Integer.class)
			.single();
	}

	List<SeriesSummary> list(String tenantId, UUID runId, SeriesFilter filter, int limit, int offset) {
		return filter.where(tenantId, runId).statement(this.jdbc, """
				SELECT level, sku, channel, region, model, band, mase, naive_mase, wape,
				       cardinality(adjusted) AS weeks, adjusted_weeks
				FROM series_forecast WHERE {where}
				ORDER BY sku, channel, region LIMIT :limit OFFSET :offset
				""").param("limit", limit).param("offset", offset).query((row, number) -> {
			Double mase = nullableDouble(row, "mase");
			Double naiveMase = nullableDouble(row, "naive_mase");
			Boolean beatsNaive = (mase != null && naiveMase != null) ? mase < naiveMase : null;
			String sku = row.getString("sku");
			String channel = row.getString("channel");
			String region = row.getString("region");
			return new SeriesSummary(sku + ":" + channel + ":" + region, row.getString("level"), sku, channel, region,
					row.getString("model"), row.getString("band"), mase, naiveMase, beatsNaive,
					nullableDouble(row, "wape"), row.getInt("weeks"), row.getInt("adjusted_weeks"));
		}).list();
	}

	Optional<StoredSeries> series(String tenantId, UUID runId, SeriesKeyPath key) {
		return this.jdbc.sql("""
				SELECT model, season_length, first_week, observed, adjusted, band FROM series_forecast
				WHERE tenant_id = :tenant AND run_id = :run AND level = :level AND sku = :sku
				  AND channel = :channel AND region = :region
				""")
			.param("tenant", tenantId)
			.param("run", runId)
			.param("level", key.levelId())
			.param("sku", key.sku())
			.param("channel", key.channel())
			.param("region", key.region())
			.query((row, number) -> {
				LocalDate firstWeek = row.getObject("first_week", LocalDate.class);
				double[] observed = doubles(row.getArray("observed"));
				double[] adjusted = doubles(row.getArray("adjusted"));
				List<HistoryWeek> history = new ArrayList<>(observed.length);
				for (int w = 0; w < observed.length; w++) {
					history.add(new HistoryWeek(firstWeek.plusWeeks(w), observed[w], adjusted[w]));
				}
				return new StoredSeries(row.getString("model"), row.getInt("season_length"), row.getString("band"),
						history);
			})
			.optional();
	}

	List<ForecastWeek> points(String tenantId, UUID runId, SeriesKeyPath key) {
		return this.jdbc.sql("""
				SELECT period_start, point, lo80, hi80, lo90, hi90, lo95, hi95, baseline_point, event_uplift,
				       override_quantity,
				       override_reason, overridden_by, overridden_by_email, overridden_at
				FROM forecast_point_final
				WHERE tenant_id = :tenant AND run_id = :run AND level = :level AND sku = :sku
				  AND channel = :channel AND region = :region
				ORDER BY period_start
				""")
			.param("tenant", tenantId)
			.param("run", runId)
			.param("level", key.levelId())
			.param("sku", key.sku())
			.param("channel", key.channel())
			.param("region", key.region())
			.query((row, number) -> new ForecastWeek(row.getObject("period_start", LocalDate.class),
					row.getDouble("point"), row.getDouble("baseline_point"), row.getDouble("event_uplift"),
					overrideNote(row), new Interval(row.getDouble("lo80"), row.getDouble("hi80")),
					new Interval(row.getDouble("lo90"), row.getDouble("hi90")),
					new Interval(row.getDouble("lo95"), row.getDouble("hi95"))))
			.list();
	}

	List<ModelAccuracy> accuracy(String tenantId, UUID runId, SeriesKeyPath key) {
		return this.jdbc.sql("""
				SELECT model, windows, points, mase, smape, wape, bias, coverage80, coverage90, coverage95
				FROM series_accuracy
				WHERE tenant_id = :tenant AND run_id = :run AND sku = :sku AND channel = :channel AND region = :region
				ORDER BY CASE model WHEN 'auto' THEN 0 WHEN 'naive' THEN 1 ELSE 2 END, model
				""")
			.param("tenant", tenantId)
			.param("run", runId)
			.param("sku", key.sku())
			.param("channel", key.channel())
			.param("region", key.region())
			.query((row, number) -> new ModelAccuracy(row.getString("model"), row.getInt("windows"),
					row.getInt("points"), nullableDouble(row, "mase"), nullableDouble(row, "smape"),
					nullableDouble(row, "wape"), nullableDouble(row, "bias"), nullableDouble(row, "coverage80"),
					nullableDouble(row, "coverage90"), nullableDouble(row, "coverage95")))
			.list();
	}

	private static OverrideNote overrideNote(ResultSet row) throws SQLException {
		Double quantity = nullableDouble(row, "override_quantity");
		if (quantity == null) {
			return null;
		}
		return new OverrideNote(quantity, row.getString("override_reason"), row.getString("overridden_by"),
				row.getString("overridden_by_email"), row.getObject("overridden_at", OffsetDateTime.class).toInstant());
	}

	private static Double nullableDouble(ResultSet row, String column) throws SQLException {
		double value = row.getDouble(column);
		return row.wasNull() ? null : value;
	}

	private static double[] doubles(Array array) throws SQLException {
		Object[] values = (Object[]) array.getArray();
		double[] out = new double[values.length];
		for (int i = 0; i < values.length; i++) {
			out[i] = ((Number) values[i]).doubleValue();
		}
		return out;
	}

	/** The run the read APIs answer from. */
	record LatestRun(UUID id, LocalDate historyEnd, Instant finishedAt) {
	}

	/** A stored series without its points. */
	record StoredSeries(String model, int seasonLength, String band, List<HistoryWeek> history) {
	}

}
