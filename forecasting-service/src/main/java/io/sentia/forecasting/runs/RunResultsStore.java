package io.sentia.forecasting.runs;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.sentia.events.ForecastPublished;
import io.sentia.forecasting.demand.SeriesLevel;
import io.sentia.forecasting.demand.WeeklyDemand;
import io.sentia.forecasting.engine.Forecast;
import io.sentia.forecasting.engine.PredictionInterval;
import io.sentia.forecasting.engine.backtest.AccuracyMetrics;
import io.sentia.forecasting.engine.hierarchy.HierarchyNode;
import io.sentia.servicekit.outbox.OutboxPublisher;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Stores a run's series, points and accuracy, publishes a {@link ForecastPublished} per
 * SKU × channel × region and per SKU through the outbox (with the planner's final
 * numbers), and drops the previous run's results; all inside the caller's transaction, so
 * readers see one run or the other.
 */
class RunResultsStore {

	private static final int BATCH = 1000;

	// Only the newest run keeps its series; whole statements, no table name spliced in.
	private static final List<String> DELETE_OLDER_RUNS = List.of(
			"DELETE FROM series_forecast WHERE tenant_id = ? AND run_id <> ?",
			"DELETE FROM forecast_point WHERE tenant_id = ? AND run_id <> ?",
			"DELETE FROM series_accuracy WHERE tenant_id = ? AND run_id <> ?");

	private final JdbcTemplate jdbc;

	private final OutboxPublisher outbox;

	RunResultsStore(JdbcTemplate jdbc, OutboxPublisher outbox) {
		this.jdbc = jdbc;
		this.outbox = outbox;
	}

	void store(String tenantId, UUID runId, WeeklyDemand demand, List<SeriesResult> results, Instant now) {
		insertSeries(tenantId, runId, demand, results);
		insertPoints(tenantId, runId, demand, results);
		insertAccuracy(tenantId, runId, results);
		Map<String, List<ForecastPublished.Point>> finals = finalPoints(tenantId, runId);
		for (SeriesResult result : results) {
			HierarchyNode.Level level = result.node().level();
			if (level == HierarchyNode.Level.BOTTOM || level == HierarchyNode.Level.SKU) {
				this.outbox.publish(event(tenantId, runId, demand, result, now, finals.get(key(result.node()))));
			}
		}
		for (String deleteOlderRuns : DELETE_OLDER_RUNS) {
			this.jdbc.update(deleteOlderRuns, tenantId, runId);
		}
	}

	private void insertSeries(String tenantId, UUID runId, WeeklyDemand demand, List<SeriesResult> results) {
		String sql = """
				INSERT INTO series_forecast (run_id, tenant_id, level, sku, channel, region, model, season_length,
				    first_week, history_end, observed, adjusted, adjusted_weeks, band, mase, naive_mase, wape)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""";
		this.jdbc.batchUpdate(sql, results, BATCH, (statement, result) -> {
			HierarchyNode node = result.node();
			AccuracyMetrics auto = result.accuracy().get(SeriesResult.AUTO);
			AccuracyMetrics naive = result.accuracy().get(SeriesResult.NAIVE);
			int i = keyParameters(statement, runId, tenantId, node);
			statement.setString(i++, result.model());
			statement.setInt(i++, result.seasonLength());
			statement.setObject(i++, demand.weekStart(result.firstWeek()));
			statement.setObject(i++, demand.historyEnd());
			statement.setArray(i++, array(statement, result.observed(), result.firstWeek()));
			statement.setArray(i++, array(statement, result.adjusted(), result.firstWeek()));
			statement.setInt(i++, adjustedWeeks(result));
			statement.setString(i++, AccuracyBand.of(auto).id());
			statement.setObject(i++, (auto != null) ? finite(auto.mase()) : null);
			statement.setObject(i++, (naive != null) ? finite(naive.mase()) : null);
			statement.setObject(i, (auto != null) ? finite(auto.wape()) : null);
		});
	}

	private void insertPoints(String tenantId, UUID runId, WeeklyDemand demand, List<SeriesResult> results) {
		List<Object[]> rows = new ArrayList<>();
		for (SeriesResult result : results) {
			HierarchyNode node = result.node();
			Forecast forecast = result.forecast();
			PredictionInterval i80 = forecast.interval(80);
			PredictionInterval i90 = forecast.interval(90);
			PredictionInterval i95 = forecast.interval(95);
			for (int h = 0; h < forecast.horizon(); h++) {
				rows.add(new Object[] { runId, tenantId, SeriesLevel.id(node.level()), SeriesLevel.sku(node),
						SeriesLevel.channel(node), SeriesLevel.region(node), demand.weekStart(demand.weeks() + h),
						forecast.point(h), i80.lower(h), i80.upper(h), i90.lower(h), i90.upper(h), i95.lower(h),
						i95.upper(h) });
			}
		}
		this.jdbc.batchUpdate("""
				INSERT INTO forecast_point (run_id, tenant_id, level, sku, channel, region, period_start, point,
				    lo80, hi80, lo90, hi90, lo95, hi95)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", rows);
	}

	private void insertAccuracy(String tenantId, UUID runId, List<SeriesResult> results) {
		List<Object[]> rows = new ArrayList<>();
		for (SeriesResult result : results) {
			HierarchyNode node = result.node();
			for (Map.Entry<String, AccuracyMetrics> entry : result.accuracy().entrySet()) {
				AccuracyMetrics metrics = entry.getValue();
				rows.add(new Object[] { runId, tenantId, SeriesLevel.sku(node), SeriesLevel.channel(node),
						SeriesLevel.region(node), entry.getKey(), metrics.windows(), metrics.points(),
						finite(metrics.mase()), finite(metrics.smape()), finite(metrics.wape()), finite(metrics.bias()),
						coverage(metrics, 80), coverage(metrics, 90), coverage(metrics, 95) });
			}
		}
		this.jdbc.batchUpdate("""
				INSERT INTO series_accuracy (run_id, tenant_id, sku, channel, region, model, windows, points,
				    mase, smape, wape, bias, coverage80, coverage90, coverage95)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", rows);
	}

	/**
	 * The run's final numbers (the planner's overrides and event uplift applied, view
	 * {@code forecast_point_final}) by series, read only when the tenant has overrides or
	 * events: otherwise they equal the statistical forecast and reading the view for
	 * thousands of series would only cost time.
	 */
	private Map<String, List<ForecastPublished.Point>> finalPoints(String tenantId, UUID runId) {
		Boolean controlled = this.jdbc.queryForObject("""
				SELECT EXISTS (SELECT 1 FROM forecast_override WHERE tenant_id = ?)
				    OR EXISTS (SELECT 1 FROM calendar_event WHERE tenant_id = ? AND deleted_at IS NULL)
				""", Boolean.class, tenantId, tenantId);
		Map<String, List<ForecastPublished.Point>> finals = new HashMap<>();
		if (!Boolean.TRUE.equals(controlled)) {
			return finals;
		}
		this.jdbc.query("""
				SELECT level, sku, channel, region, period_start, point, lo80, hi80, lo90, hi90, lo95, hi95
				FROM forecast_point_final WHERE run_id = ? AND tenant_id = ? AND level IN ('bottom', 'sku')
				ORDER BY level, sku, channel, region, period_start
				""", (RowCallbackHandler) (rs) -> finals
			.computeIfAbsent(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4),
					(key) -> new ArrayList<>())
			.add(new ForecastPublished.Point(rs.getObject(5, LocalDate.class), rs.getDouble(6),
					new ForecastPublished.Interval(rs.getDouble(7), rs.getDouble(8)),
					new ForecastPublished.Interval(rs.getDouble(9), rs.getDouble(10)),
					new ForecastPublished.Interval(rs.getDouble(11), rs.getDouble(12)))),
				runId, tenantId);
		return finals;
	}

	private static String key(HierarchyNode node) {
		return SeriesLevel.id(node.level()) + "|" + SeriesLevel.sku(node) + "|" + SeriesLevel.channel(node) + "|"
				+ SeriesLevel.region(node);
	}

	/**
	 * The series' event; its points are the final numbers when there are any, else the
	 * statistical forecast.
	 */
	private static ForecastPublished event(String tenantId, UUID runId, WeeklyDemand demand, SeriesResult result,
			Instant now, @Nullable List<ForecastPublished.Point> finalPoints) {
		HierarchyNode node = result.node();
		ForecastPublished.SeriesKey key = new ForecastPublished.SeriesKey(SeriesLevel.sku(node),
				SeriesLevel.channel(node), SeriesLevel.region(node));
		Forecast forecast = result.forecast();
		List<ForecastPublished.Point> points = new ArrayList<>(forecast.horizon());
		for (int h = 0; h < forecast.horizon(); h++) {
			if (finalPoints != null && finalPoints.size() == forecast.horizon()) {
				points.add(finalPoints.get(h));
				continue;
			}
			LocalDate periodStart = demand.weekStart(demand.weeks() + h);
			points.add(new ForecastPublished.Point(periodStart, forecast.point(h), interval(forecast, 80, h),
					interval(forecast, 90, h), interval(forecast, 95, h)));
		}
		String forecastId = UUID
			.nameUUIDFromBytes((runId + "|" + key.sku() + "|" + key.channel() + "|" + key.region()).getBytes())
			.toString();
		return new ForecastPublished(tenantId, forecastId, key, result.model(), ForecastPublished.Granularity.WEEK,
				demand.historyEnd(), now, points, accuracy(result.accuracy().get(SeriesResult.AUTO)));
	}

	private static ForecastPublished.Interval interval(Forecast forecast, double level, int h) {
		PredictionInterval interval = forecast.interval(level);
		return new ForecastPublished.Interval(interval.lower(h), interval.upper(h));
	}

	private static ForecastPublished.BacktestAccuracy accuracy(AccuracyMetrics auto) {
		if (auto == null || auto.windows() < 1 || !Double.isFinite(auto.smape())) {
			return null;
		}
		return new ForecastPublished.BacktestAccuracy(auto.windows(), auto.smape(), finite(auto.mase()),
				auto.coverage().get(80.0), auto.coverage().get(90.0), auto.coverage().get(95.0));
	}

	private static int keyParameters(PreparedStatement statement, UUID runId, String tenantId, HierarchyNode node)
			throws SQLException {
		statement.setObject(1, runId);
		statement.setString(2, tenantId);
		statement.setString(3, SeriesLevel.id(node.level()));
		statement.setString(4, SeriesLevel.sku(node));
		statement.setString(5, SeriesLevel.channel(node));
		statement.setString(6, SeriesLevel.region(node));
		return 7;
	}

	private static Array array(PreparedStatement statement, double[] values, int from) throws SQLException {
		Double[] boxed = new Double[values.length - from];
		for (int i = from; i < values.length; i++) {
			boxed[i - from] = values[i];
		}
		return statement.getConnection().createArrayOf("float8", boxed);
	}

	private static int adjustedWeeks(SeriesResult result) {
		double[] observed = result.observed();
		double[] adjusted = result.adjusted();
		int count = 0;
		for (int w = result.firstWeek(); w < observed.length; w++) {
			if (observed[w] != adjusted[w]) {
				count++;
			}
		}
		return count;
	}

	private static Double coverage(AccuracyMetrics metrics, double level) {
		Double value = metrics.coverage().get(level);
		return (value != null) ? finite(value) : null;
	}

	private static Double finite(double value) {
		return Double.isFinite(value) ? value : null;
	}

}
