package io.sentia.analytics.workingcapital.sales;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** How days are bucketed into periods for a time series. */
public enum Bucketing {

	/** One bucket per calendar day, keyed {@code 2026-12-07}. */
	DAY,

	/** ISO-8601 weeks, Monday to Sunday, keyed by week-based year: {@code 2026-W50}. */
	ISO_WEEK,

	/** Calendar months, keyed {@code 2026-12}. */
	MONTH;

	/**
	 * The key of the bucket a day falls in; keys sort in time order.
	 * @param date the day
	 * @return the key
	 */
	public String key(LocalDate date) {
		return switch (this) {
			case DAY -> date.toString();
			case ISO_WEEK -> String.format("%04d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
					date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
			case MONTH -> String.format("%04d-%02d", date.getYear(), date.getMonthValue());
		};
	}

	/**
	 * The first day of the bucket a day falls in.
	 * @param date the day
	 * @return the day itself, the Monday of its ISO week, or the first of its month
	 */
	public LocalDate start(LocalDate date) {
		return switch (this) {
			case DAY -> date;
			case ISO_WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			case MONTH -> date.withDayOfMonth(1);
		};
	}

}
