package io.sentia.forecasting.demand;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.sentia.forecasting.engine.hierarchy.SeriesKey;

/**
 * Turns daily demand into weekly series on one week grid, adjusting the weeks hit by
 * stock-outs so that demand lost while nothing was on hand does not drag the forecast
 * down: a week with some stock-out days counts its in-stock days' demand scaled to seven
 * days; a week out of stock throughout takes the mean of up to {@value #FILL_WEEKS}
 * preceding weeks (the following ones when there are none before).
 */
final class WeeklyDemandBuilder {

	static final int FILL_WEEKS = 4;

	private WeeklyDemandBuilder() {
	}

	/**
	 * @param firstWeekStart Monday of the first grid week
	 * @param weeks grid length
	 * @param daily units per series and UTC day, only days inside the grid
	 * @param stockouts stock-out days
	 */
	static WeeklyDemand build(LocalDate firstWeekStart, int weeks, Map<SeriesKey, Map<LocalDate, Long>> daily,
			StockoutCalendar stockouts) {
		List<DemandSeries> series = new ArrayList<>(daily.size());
		for (Map.Entry<SeriesKey, Map<LocalDate, Long>> entry : daily.entrySet()) {
			DemandSeries built = series(firstWeekStart, weeks, entry.getKey(), entry.getValue(),
					stockouts.days(entry.getKey()));
			if (built != null) {
				series.add(built);
			}
		}
		return new WeeklyDemand(firstWeekStart, weeks, series);
	}

	private static DemandSeries series(LocalDate firstWeekStart, int weeks, SeriesKey key, Map<LocalDate, Long> days,
			Set<LocalDate> stockoutDays) {
		double[] observed = new double[weeks];
		double[] inStock = new double[weeks];
		int[] outDays = new int[weeks];
		for (Map.Entry<LocalDate, Long> day : days.entrySet()) {
			int week = (int) Math.floorDiv(ChronoUnit.DAYS.between(firstWeekStart, day.getKey()), 7);
			if (week < 0 || week >= weeks) {
				continue;
			}
			observed[week] += day.getValue();
			if (!stockoutDays.contains(day.getKey())) {
				inStock[week] += day.getValue();
			}
		}
		for (LocalDate day : stockoutDays) {
			long offset = ChronoUnit.DAYS.between(firstWeekStart, day);
			if (offset >= 0 && offset < 7L * weeks) {
				outDays[(int) (offset / 7)]++;
			}
		}
		int firstWeek = 0;
		while (firstWeek < weeks && observed[firstWeek] <= 0) {
			firstWeek++;
		}
		if (firstWeek == weeks) {
			return null;
		}
		double[] adjusted = new double[weeks];
		boolean[] missing = new boolean[weeks];
		for (int w = 0; w < weeks; w++) {
			if (outDays[w] == 0) {
				adjusted[w] = observed[w];
			}
			else if (outDays[w] < 7) {
				adjusted[w] = inStock[w] * 7.0 / (7 - outDays[w]);
			}
			else {
				missing[w] = true;
			}
		}
		fill(adjusted, missing, firstWeek);
		return new DemandSeries(key, firstWeek, observed, adjusted, outDays);
	}

	private static void fill(double[] adjusted, boolean[] missing, int firstWeek) {
		for (int w = firstWeek; w < adjusted.length; w++) {
			if (missing[w]) {
				adjusted[w] = meanOfNeighbours(adjusted, missing, w, firstWeek);
			}
		}
	}

	private static double meanOfNeighbours(double[] adjusted, boolean[] missing, int week, int firstWeek) {
		double sum = 0;
		int count = 0;
		for (int w = week - 1; w >= firstWeek && count < FILL_WEEKS; w--) {
			if (!missing[w]) {
				sum += adjusted[w];
				count++;
			}
		}
		for (int w = week + 1; w < adjusted.length && count == 0; w++) {
			if (!missing[w]) {
				sum += adjusted[w];
				count++;
			}
		}
		return (count > 0) ? sum / count : 0;
	}

}
