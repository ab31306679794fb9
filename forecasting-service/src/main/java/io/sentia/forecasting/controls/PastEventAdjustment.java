package io.sentia.forecasting.controls;

import java.util.ArrayList;
import java.util.List;

import io.sentia.forecasting.demand.DemandSeries;
import io.sentia.forecasting.demand.WeeklyDemand;
import io.sentia.forecasting.engine.hierarchy.SeriesKey;

/**
 * Keeps past promotions out of the baseline fit: in each series, the history weeks an
 * event covering that series touches are replaced (in the fitted values only; what was
 * ordered stays) by the pre-event level, the mean of up to {@code preEventWeeks}
 * untouched weeks right before them, or right after them when the series starts with the
 * event. A series without any untouched week keeps its values. The model then learns the
 * normal level, and planned uplift is added to forecast weeks separately. Pure
 * computation.
 */
final class PastEventAdjustment {

	private PastEventAdjustment() {
	}

	static WeeklyDemand apply(WeeklyDemand demand, List<CalendarEvent> events, int preEventWeeks) {
		if (events.isEmpty()) {
			return demand;
		}
		List<DemandSeries> adjusted = new ArrayList<>(demand.series().size());
		for (DemandSeries series : demand.series()) {
			adjusted.add(adjust(demand, series, events, preEventWeeks));
		}
		return new WeeklyDemand(demand.firstWeekStart(), demand.weeks(), adjusted);
	}

	private static DemandSeries adjust(WeeklyDemand demand, DemandSeries series, List<CalendarEvent> events,
			int preEventWeeks) {
		SeriesKey key = series.key();
		List<CalendarEvent> covering = events.stream()
			.filter((event) -> event.covers(key.sku(), key.channel(), key.region()))
			.toList();
		if (covering.isEmpty()) {
			return series;
		}
		double[] values = series.adjusted();
		int length = values.length;
		boolean[] touched = new boolean[length];
		boolean any = false;
		for (int w = series.firstWeek(); w < length; w++) {
			int week = w;
			touched[w] = covering.stream().anyMatch((event) -> event.touchesWeek(demand.weekStart(week)));
			any |= touched[w];
		}
		if (!any) {
			return series;
		}
		double[] cleaned = values.clone();
		int w = series.firstWeek();
		while (w < length) {
			if (!touched[w]) {
				w++;
				continue;
			}
			int end = w;
			while (end < length && touched[end]) {
				end++;
			}
			double level = cleanMean(values, touched, w - 1, -1, series.firstWeek(), preEventWeeks);
			if (Double.isNaN(level)) {
				level = cleanMean(values, touched, end, 1, series.firstWeek(), preEventWeeks);
			}
			if (!Double.isNaN(level)) {
				for (int e = w; e < end; e++) {
					cleaned[e] = level;
				}
			}
			w = end;
		}
		return new DemandSeries(key, series.firstWeek(), series.observed(), cleaned, series.stockoutDays());
	}

	/**
	 * Mean of up to {@code count} untouched weeks from {@code from} in {@code step}; NaN
	 * if none.
	 */
	private static double cleanMean(double[] values, boolean[] touched, int from, int step, int firstWeek, int count) {
		double sum = 0;
		int found = 0;
		for (int w = from; w >= firstWeek && w < values.length && found < count; w += step) {
			if (!touched[w]) {
				sum += values[w];
				found++;
			}
		}
		return (found > 0) ? sum / found : Double.NaN;
	}

}
