package io.sentia.forecasting.demand;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.sentia.forecasting.engine.hierarchy.SeriesKey;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WeeklyDemandBuilderTests {

	private static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);

	private static final SeriesKey KEY = new SeriesKey("WHISKY-12", "shopify", "UK");

	@Test
	void sumsDaysIntoIsoWeeksAndStartsTheSeriesAtItsFirstSale() {
		Map<LocalDate, Long> days = new TreeMap<>(Map.of(MONDAY.plusWeeks(1), 2L, MONDAY.plusWeeks(1).plusDays(6), 3L,
				MONDAY.plusWeeks(2).plusDays(3), 4L));

		DemandSeries series = single(WeeklyDemandBuilder.build(MONDAY, 4, Map.of(KEY, days), none()));

		assertThat(series.observed()).containsExactly(0, 5, 4, 0);
		assertThat(series.firstWeek()).isEqualTo(1);
		assertThat(series.fitted()).containsExactly(5, 4, 0);
		assertThat(series.adjustedWeeks()).isZero();
	}

	@Test
	void aWeekOutOfStockThroughoutTakesTheMeanOfTheWeeksBefore() {
		Map<LocalDate, Long> days = new TreeMap<>();
		for (int w = 0; w < 3; w++) {
			days.put(MONDAY.plusWeeks(w), 10L + 2 * w);
		}
		days.put(MONDAY.plusWeeks(4), 7L);
		StockoutCalendar outInWeek3 = StockoutCalendar.of(
				List.of(new StockLevel("WHISKY-12", "MAIN", false, Instant.parse("2026-09-28T00:00:00Z"), 0),
						new StockLevel("WHISKY-12", "MAIN", false, Instant.parse("2026-10-05T00:00:00Z"), 9)),
				MONDAY.plusWeeks(5).minusDays(1));

		DemandSeries series = single(WeeklyDemandBuilder.build(MONDAY, 5, Map.of(KEY, days), outInWeek3));

		assertThat(series.stockoutDays()).containsExactly(0, 0, 0, 7, 0);
		assertThat(series.observed()).containsExactly(10, 12, 14, 0, 7);
		assertThat(series.adjusted()).containsExactly(10, 12, 14, 12, 7);
	}

	@Test
	void aSeriesWithoutDemandInTheWindowIsLeftOut() {
		WeeklyDemand weekly = WeeklyDemandBuilder.build(MONDAY, 2, Map.of(KEY, Map.of(MONDAY.minusDays(1), 4L)),
				none());

		assertThat(weekly.series()).isEmpty();
		assertThat(weekly.historyEnd()).isEqualTo(MONDAY.plusWeeks(2).minusDays(1));
	}

	private static StockoutCalendar none() {
		return StockoutCalendar.of(List.of(), MONDAY.plusYears(1));
	}

	private static DemandSeries single(WeeklyDemand weekly) {
		assertThat(weekly.series()).hasSize(1);
		return weekly.series().get(0);
	}

}
