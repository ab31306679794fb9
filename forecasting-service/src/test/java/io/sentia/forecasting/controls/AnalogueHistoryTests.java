package io.sentia.forecasting.controls;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.sentia.forecasting.demand.DemandSeries;
import io.sentia.forecasting.demand.WeeklyDemand;
import io.sentia.forecasting.engine.hierarchy.SeriesKey;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Young series take their analogues' averaged, scaled history; grown ones keep their own.
 */
class AnalogueHistoryTests {

	private static final SeriesKey OLD_GIN = new SeriesKey("GIN-OLD", "shopify", "UK");

	private static final SeriesKey OLD_RUM = new SeriesKey("RUM-OLD", "shopify", "UK");

	private static final SeriesKey NEW_GIN = new SeriesKey("GIN-NEW", "shopify", "UK");

	@Test
	void aThreeWeekOldSeriesTakesTheScaledMeanOfItsAnalogues() {
		WeeklyDemand demand = demand(30);

		AnalogueHistory.Result result = AnalogueHistory.apply(demand, Map.of(new SeriesKey("GIN-NEW", "all", "all"),
				new AnalogueHistory.Choice(List.of("GIN-OLD", "RUM-OLD", "MISSING"), 0.5)), 26);

		DemandSeries young = series(result.demand(), NEW_GIN);
		assertThat(result.fromAnalogues()).containsExactly(NEW_GIN);
		assertThat(young.firstWeek()).isZero();
		// Weeks 0-9 only GIN-OLD sold (40), later both (40 and 60): halved.
		assertThat(young.adjusted()[0]).isCloseTo(20.0, within(1e-9));
		assertThat(young.adjusted()[20]).isCloseTo(25.0, within(1e-9));
		assertThat(young.observed()[29]).as("its own sales stay visible").isEqualTo(5.0);
	}

	@Test
	void aSeriesWithEnoughHistoryKeepsItsOwn() {
		WeeklyDemand demand = demand(30);

		AnalogueHistory.Result result = AnalogueHistory.apply(demand,
				Map.of(NEW_GIN, new AnalogueHistory.Choice(List.of("GIN-OLD"), 1.0)), 3);

		assertThat(result.fromAnalogues()).isEmpty();
		assertThat(series(result.demand(), NEW_GIN).adjusted()[0]).isZero();
		assertThat(AnalogueHistory.apply(demand, Map.of(), 26).fromAnalogues()).isEqualTo(Set.of());
	}

	private static WeeklyDemand demand(int weeks) {
		double[] gin = new double[weeks];
		Arrays.fill(gin, 40);
		double[] rum = new double[weeks];
		Arrays.fill(rum, 10, weeks, 60);
		double[] young = new double[weeks];
		Arrays.fill(young, weeks - 3, weeks, 5);
		return new WeeklyDemand(LocalDate.of(2026, 1, 5), weeks,
				List.of(new DemandSeries(OLD_GIN, 0, gin, gin, new int[weeks]),
						new DemandSeries(OLD_RUM, 10, rum, rum, new int[weeks]),
						new DemandSeries(NEW_GIN, weeks - 3, young, young, new int[weeks])));
	}

	private static DemandSeries series(WeeklyDemand demand, SeriesKey key) {
		return demand.series().stream().filter((series) -> series.key().equals(key)).findFirst().orElseThrow();
	}

}
