package io.sentia.forecasting.controls;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.sentia.forecasting.demand.DemandSeries;
import io.sentia.forecasting.demand.WeeklyDemand;
import io.sentia.forecasting.engine.ForecastEngine;
import io.sentia.forecasting.engine.hierarchy.HierarchyNode;
import io.sentia.forecasting.engine.hierarchy.SeriesKey;
import io.sentia.forecasting.runs.DemandForecaster;
import io.sentia.forecasting.runs.RunSettings;
import io.sentia.forecasting.runs.SeriesResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Past promotions are kept out of the fit: their weeks take the pre-event level, so a big
 * spike does not lift the fitted level, while what was ordered stays as observed.
 */
class PastEventAdjustmentTests {

	private static final LocalDate FIRST_WEEK = LocalDate.of(2026, 1, 5);

	private static final SeriesKey GIN = new SeriesKey("GIN-70", "shopify", "UK");

	private static final SeriesKey RUM = new SeriesKey("RUM-70", "shopify", "UK");

	@Test
	void eventWeeksTakeTheMeanOfTheWeeksBefore() {
		double[] values = flat(20, 10);
		values[10] = 100;
		values[11] = 90;
		values[8] = 14;
		WeeklyDemand demand = demand(values);

		WeeklyDemand cleaned = PastEventAdjustment.apply(demand, List.of(event(10, 11, null)), 4);

		DemandSeries gin = series(cleaned, GIN);
		assertThat(gin.adjusted()[10]).isCloseTo(11.0, within(1e-9));
		assertThat(gin.adjusted()[11]).isCloseTo(11.0, within(1e-9));
		assertThat(gin.observed()[10]).as("what was ordered stays visible").isEqualTo(100.0);
		assertThat(gin.adjusted()[12]).isEqualTo(10.0);
	}

	@Test
	void anEventAtTheStartTakesTheWeeksAfterAndOnlyCoveredSeriesChange() {
		double[] values = flat(20, 10);
		values[0] = 80;
		WeeklyDemand demand = demand(values);

		WeeklyDemand cleaned = PastEventAdjustment.apply(demand, List.of(event(0, 0, List.of("GIN-70"))), 4);

		assertThat(series(cleaned, GIN).adjusted()[0]).isEqualTo(10.0);
		assertThat(series(cleaned, RUM).adjusted()[0]).as("the event names GIN only").isEqualTo(80.0);
	}

	@Test
	void excludingAPastSpikeLowersTheFittedLevel() throws Exception {
		double[] values = flat(40, 10);
		for (int w = 0; w < values.length; w++) {
			values[w] += (w % 3) - 1;
		}
		values[38] = 200;
		values[39] = 180;
		WeeklyDemand demand = demand(values);
		List<CalendarEvent> events = List.of(event(38, 39, List.of("GIN-70")));

		double withSpike = firstPoint(demand);
		double withoutSpike = firstPoint(PastEventAdjustment.apply(demand, events, 4));

		assertThat(withoutSpike).isCloseTo(10.0, within(2.0));
		assertThat(withSpike).as("the spike lifts the level the model learns").isGreaterThan(withoutSpike + 5);
	}

	private static double firstPoint(WeeklyDemand demand) throws InterruptedException {
		ExecutorService workers = Executors.newFixedThreadPool(2);
		try {
			List<SeriesResult> results = new DemandForecaster(new ForecastEngine(), new RunSettings(4, 1, 4))
				.forecast(demand, workers, 2, (done, total) -> {
				});
			return results.stream()
				.filter((result) -> result.node().equals(HierarchyNode.bottom(GIN)))
				.findFirst()
				.orElseThrow()
				.forecast()
				.point(0);
		}
		finally {
			workers.shutdownNow();
		}
	}

	private static WeeklyDemand demand(double[] gin) {
		double[] rum = gin.clone();
		return new WeeklyDemand(FIRST_WEEK, gin.length, List.of(new DemandSeries(GIN, 0, gin, gin, new int[gin.length]),
				new DemandSeries(RUM, 0, rum, rum, new int[rum.length])));
	}

	private static CalendarEvent event(int firstWeek, int lastWeek, List<String> skus) {
		// Mid-week to mid-week: touching a week on any day takes the whole week out.
		return new CalendarEvent(UUID.randomUUID(), "Promotion", FIRST_WEEK.plusWeeks(firstWeek).plusDays(3),
				FIRST_WEEK.plusWeeks(lastWeek).plusDays(4), skus, null, null, 0, "planner", Instant.EPOCH);
	}

	private static DemandSeries series(WeeklyDemand demand, SeriesKey key) {
		return demand.series().stream().filter((series) -> series.key().equals(key)).findFirst().orElseThrow();
	}

	private static double[] flat(int weeks, double level) {
		double[] values = new double[weeks];
		java.util.Arrays.fill(values, level);
		return values;
	}

}
