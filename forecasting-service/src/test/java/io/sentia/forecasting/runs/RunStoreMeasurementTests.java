package io.sentia.forecasting.runs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import io.sentia.events.ForecastPublished;
import io.sentia.forecasting.ForecastingServiceTests;
import io.sentia.forecasting.demand.DemandSeries;
import io.sentia.forecasting.demand.WeeklyDemand;
import io.sentia.forecasting.engine.ForecastEngine;
import io.sentia.forecasting.engine.ModelChoice;
import io.sentia.forecasting.engine.TimeSeries;
import io.sentia.forecasting.engine.backtest.AccuracyMetrics;
import io.sentia.forecasting.engine.hierarchy.Hierarchy;
import io.sentia.forecasting.engine.hierarchy.HierarchyNode;
import io.sentia.forecasting.engine.hierarchy.SeriesKey;
import io.sentia.servicekit.outbox.OutboxPublisher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures what storing a 10,000-series run costs on real PostgreSQL: series, points,
 * accuracy and a ForecastPublished per series and SKU through the outbox, in the one
 * transaction a run commits. The forecasts are naive (the engine's cost is measured by
 * {@code bench/forecasting/service-run.sh}). Not part of the normal build:
 * {@code bench/forecasting/service-store.sh} runs it with {@code -Dsentia.measure=true};
 * it asserts that everything was stored, never how long that took.
 */
@EnabledIfSystemProperty(named = "sentia.measure", matches = "true")
class RunStoreMeasurementTests extends ForecastingServiceTests {

	private static final int SERIES = Integer.getInteger("sentia.measure.series", 10_000);

	private static final String[][] OUTLETS = { { "shopify", "UK" }, { "shopify", "EU" }, { "shopify", "US" },
			{ "amazon", "UK" }, { "amazon", "US" } };

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	private OutboxPublisher outbox;

	@Autowired
	private List<RunFollowUp> followUps;

	@Test
	void storesATenThousandSeriesRun() throws IOException {
		String tenant = newTenant();
		WeeklyDemand demand = demand(SERIES, 156);
		List<SeriesResult> results = naiveResults(demand);
		UUID run = UUID.randomUUID();
		this.jdbc.update("""
				INSERT INTO forecast_run (id, tenant_id, trigger, status, horizon, created_at)
				VALUES (?, ?, 'manual', 'running', 13, now())
				""", run, tenant);
		RunResultsStore store = new RunResultsStore(this.jdbc, this.outbox);

		long start = System.nanoTime();
		this.transaction.executeWithoutResult((status) -> store.store(tenant, run, demand, results, Instant.now()));
		double seconds = (System.nanoTime() - start) / 1e9;

		int skus = (int) results.stream().filter((r) -> r.node().level() == HierarchyNode.Level.SKU).count();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM forecast_point WHERE run_id = ?", Integer.class, run))
			.isEqualTo(results.size() * 13);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM outbox_event WHERE tenant_id = ? AND event_type = ?",
				Integer.class, tenant, ForecastPublished.TYPE))
			.isEqualTo(SERIES + skus);
		String line = String.format(
				"%s stored a run of %d series (%d bottom): %d points, %d accuracy rows,"
						+ " %d ForecastPublished outbox rows in one transaction: %.1f s (%.0f series/s)%n",
				Instant.now(), results.size(), SERIES, results.size() * 13, 2 * SERIES, SERIES + skus, seconds,
				results.size() / seconds);
		System.out.print(line);
		Path out = Path.of(System.getProperty("sentia.measure.out", "target/run-store-measurement.txt"));
		Files.writeString(out, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);

		String planned = measureSuggestions(tenant, run, skus);
		System.out.print(planned);
		Files.writeString(out, planned, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
	}

	/**
	 * What follows the stored run in the same transaction: plans of every SKU at a
	 * warehouse and two FBA locations, suggestions and alerts.
	 */
	private String measureSuggestions(String tenant, UUID run, int skus) {
		for (int sku = 0; sku < skus; sku++) {
			this.jdbc.update("""
					INSERT INTO product (tenant_id, sku, name, lead_time_days, moq, case_pack, active, updated_at,
					    unit_cost, cost_currency)
					VALUES (?, ?, 'measured', 21, 12, 6, true, now(), 9.50, 'GBP')
					""", tenant, "SKU-" + sku);
			for (String[] location : new String[][] { { "unleashed:MAIN", "WAREHOUSE" },
					{ "amazon-fba:UK", "AMAZON_FBA" }, { "amazon-fba:US", "AMAZON_FBA" } }) {
				this.jdbc.update("""
						INSERT INTO inventory_level (tenant_id, sku, location_id, location_type, as_of, on_hand,
						    available, inbound)
						VALUES (?, ?, ?, ?, now(), ?, ?, 0)
						""", tenant, "SKU-" + sku, location[0], location[1], sku % 300, sku % 300);
			}
		}
		long start = System.nanoTime();
		this.transaction
			.executeWithoutResult((status) -> this.followUps.forEach((followUp) -> followUp.afterResults(tenant, run)));
		double seconds = (System.nanoTime() - start) / 1e9;
		int suggestions = this.jdbc.queryForObject("SELECT count(*) FROM purchase_suggestion WHERE tenant_id = ?",
				Integer.class, tenant);
		int alerts = this.jdbc.queryForObject(
				"SELECT count(*) FROM outbox_event WHERE tenant_id = ? AND event_type = 'sentia.alerts.alert.raised.v1'",
				Integer.class, tenant);
		assertThat(suggestions).isPositive();
		return String.format(
				"%s planned %d SKUs at 3 locations each (%d plans): %d suggestions, %d alerts: %.1f s"
						+ " (%.0f plans/s)%n",
				Instant.now(), skus, 3 * skus, suggestions, alerts, seconds, 3 * skus / seconds);
	}

	private static WeeklyDemand demand(int count, int weeks) {
		Random random = new Random(7);
		List<DemandSeries> series = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			double[] values = new double[weeks];
			for (int w = 0; w < weeks; w++) {
				values[w] = 1 + random.nextInt(20);
			}
			String[] outlet = OUTLETS[i % OUTLETS.length];
			series.add(new DemandSeries(new SeriesKey("SKU-" + i / OUTLETS.length, outlet[0], outlet[1]), 0, values,
					values, new int[weeks]));
		}
		return new WeeklyDemand(LocalDate.of(2023, 11, 27), weeks, series);
	}

	private static List<SeriesResult> naiveResults(WeeklyDemand demand) {
		ForecastEngine engine = new ForecastEngine();
		Hierarchy hierarchy = new Hierarchy(demand.series().stream().map(DemandSeries::key).toList());
		Map<String, AccuracyMetrics> accuracy = Map.of(SeriesResult.AUTO,
				new AccuracyMetrics(0.8, 30, 25, 2, Map.of(80.0, 0.8, 90.0, 0.9, 95.0, 0.95), 2, 26),
				SeriesResult.NAIVE,
				new AccuracyMetrics(1.0, 35, 30, 0, Map.of(80.0, 0.7, 90.0, 0.8, 95.0, 0.9), 2, 26));
		List<SeriesResult> results = new ArrayList<>();
		double[] values = demand.series().get(0).observed();
		for (HierarchyNode node : hierarchy.nodes()) {
			boolean bottom = node.level() == HierarchyNode.Level.BOTTOM;
			results.add(new SeriesResult(node, 0, values, values, 52, "Naive",
					engine.forecast(new TimeSeries(values, 52), 13, ModelChoice.NAIVE, RunSettings.LEVELS),
					bottom ? accuracy : Map.of()));
		}
		return results;
	}

}
