package io.sentia.forecasting.controls;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes a succeeded run straight into the run tables: SKU WHISKY-12 in shopify UK
 * (baseline 10 a week) and amazon UK (15), and its SKU series (25), for the weeks of 16
 * and 23 November 2026, intervals ±2, ±4, ±6.
 */
final class StoredRunFixture {

	static final String WEEK = "2026-11-23";

	private StoredRunFixture() {
	}

	static void write(JdbcClient jdbc, String tenant, UUID run) {
		jdbc.sql("""
				INSERT INTO forecast_run (id, tenant_id, trigger, status, horizon, created_at, finished_at, history_end)
				VALUES (:run, :tenant, 'manual', 'succeeded', 2, now(), clock_timestamp(), DATE '2026-11-15')
				""").param("run", run).param("tenant", tenant).update();
		series(jdbc, tenant, run, "bottom", "shopify", "UK", 10);
		series(jdbc, tenant, run, "bottom", "amazon", "UK", 15);
		series(jdbc, tenant, run, "sku", "all", "all", 25);
	}

	private static void series(JdbcClient jdbc, String tenant, UUID run, String level, String channel, String region,
			double point) {
		jdbc.sql("""
				INSERT INTO series_forecast (run_id, tenant_id, level, sku, channel, region, model, season_length,
				    first_week, history_end, observed, adjusted, adjusted_weeks, band)
				VALUES (:run, :tenant, :level, 'WHISKY-12', :channel, :region, 'ETS(ANN)', 1, DATE '2026-11-09',
				    DATE '2026-11-15', '{4}', '{4}', 0, 'good')
				""")
			.param("run", run)
			.param("tenant", tenant)
			.param("level", level)
			.param("channel", channel)
			.param("region", region)
			.update();
		for (String week : List.of("2026-11-16", WEEK)) {
			jdbc.sql("""
					INSERT INTO forecast_point (run_id, tenant_id, level, sku, channel, region, period_start, point,
					    lo80, hi80, lo90, hi90, lo95, hi95)
					VALUES (:run, :tenant, :level, 'WHISKY-12', :channel, :region, CAST(:week AS date), :point,
					    :point - 2, :point + 2, :point - 4, :point + 4, :point - 6, :point + 6)
					""")
				.param("run", run)
				.param("tenant", tenant)
				.param("level", level)
				.param("channel", channel)
				.param("region", region)
				.param("week", week)
				.param("point", point)
				.update();
		}
	}

}
