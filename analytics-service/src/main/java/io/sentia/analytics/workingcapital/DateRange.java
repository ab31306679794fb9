package io.sentia.analytics.workingcapital;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * An inclusive range of calendar days, and the ranges KPIs are compared with.
 *
 * @param from first day
 * @param to last day, not before {@code from}
 */
public record DateRange(LocalDate from, LocalDate to) {

	public DateRange {
		if (from == null || to == null) {
			throw new IllegalArgumentException("A date range needs both from and to");
		}
		if (from.isAfter(to)) {
			throw new IllegalArgumentException("from " + from + " is after to " + to);
		}
	}

	/**
	 * The range from {@code from} to {@code to}, both included.
	 * @param from first day
	 * @param to last day
	 * @return the range
	 */
	public static DateRange of(LocalDate from, LocalDate to) {
		return new DateRange(from, to);
	}

	/**
	 * Days in the range, both ends included: 1 for a single day, 31 for January.
	 * @return the number of days
	 */
	public long days() {
		return ChronoUnit.DAYS.between(this.from, this.to) + 1;
	}

	/**
	 * Whether a day lies in the range.
	 * @param date the day
	 * @return {@code true} if {@code from <= date <= to}
	 */
	public boolean contains(LocalDate date) {
		return !date.isBefore(this.from) && !date.isAfter(this.to);
	}

	/**
	 * The range of equal length that ends the day before this one starts.
	 * @return e.g. 1–31 December for 1–31 January (31 days), 3–30 January for 31 January
	 * to 27 February (28 days)
	 */
	public DateRange previous() {
		long days = days();
		return new DateRange(this.from.minusDays(days), this.from.minusDays(1));
	}

	/**
	 * The same calendar days one year earlier; 29 February becomes 28 February, so the
	 * range may be a day shorter.
	 * @return the range one year earlier
	 */
	public DateRange sameLastYear() {
		return new DateRange(this.from.minusYears(1), this.to.minusYears(1));
	}

}
