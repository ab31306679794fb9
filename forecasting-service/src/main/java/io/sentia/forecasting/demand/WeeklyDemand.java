package io.sentia.forecasting.demand;

import java.time.LocalDate;
import java.util.List;

/**
 * A tenant's weekly demand series on one grid of ISO weeks (Monday to Sunday, UTC days).
 *
 * @param firstWeekStart the Monday of week 0
 * @param weeks weeks on the grid; the last one ends on the history's end
 * @param series every SKU × channel × region with demand in the window
 */
public record WeeklyDemand(LocalDate firstWeekStart, int weeks, List<DemandSeries> series) {

	public WeeklyDemand {
		series = List.copyOf(series);
	}

	/** The Monday of week {@code index}; {@code weeks} gives the first forecast week. */
	public LocalDate weekStart(int index) {
		return this.firstWeekStart.plusWeeks(index);
	}

	/** The Sunday ending the last week on the grid. */
	public LocalDate historyEnd() {
		return this.firstWeekStart.plusWeeks(this.weeks).minusDays(1);
	}

}
