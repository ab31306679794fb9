package io.sentia.forecasting.demand;

import java.util.Arrays;

import io.sentia.forecasting.engine.hierarchy.SeriesKey;

/**
 * Weekly demand of one SKU in one channel and region on its tenant's week grid.
 *
 * @param key the series
 * @param firstWeek index of the first week with demand; earlier weeks are before the
 * series existed
 * @param observed units ordered per week
 * @param adjusted units per week as fitted: weeks with stock-out days scaled up from the
 * in-stock days, weeks out of stock throughout filled from the weeks before
 * @param stockoutDays days per week on which the SKU had nothing on hand where this
 * series is served from
 */
public record DemandSeries(SeriesKey key, int firstWeek, double[] observed, double[] adjusted, int[] stockoutDays) {

	public DemandSeries {
		if (observed.length != adjusted.length || observed.length != stockoutDays.length) {
			throw new IllegalArgumentException("observed, adjusted and stock-out arrays differ in length");
		}
		observed = observed.clone();
		adjusted = adjusted.clone();
		stockoutDays = stockoutDays.clone();
	}

	@Override
	public double[] observed() {
		return this.observed.clone();
	}

	@Override
	public double[] adjusted() {
		return this.adjusted.clone();
	}

	@Override
	public int[] stockoutDays() {
		return this.stockoutDays.clone();
	}

	/** The adjusted values from the first week with demand on, as the models see them. */
	public double[] fitted() {
		return Arrays.copyOfRange(this.adjusted, this.firstWeek, this.adjusted.length);
	}

	/** Weeks from the first with demand on whose value was adjusted for stock-outs. */
	public int adjustedWeeks() {
		int count = 0;
		for (int w = this.firstWeek; w < this.stockoutDays.length; w++) {
			if (this.stockoutDays[w] > 0) {
				count++;
			}
		}
		return count;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof DemandSeries that && this.key.equals(that.key) && this.firstWeek == that.firstWeek
				&& Arrays.equals(this.observed, that.observed) && Arrays.equals(this.adjusted, that.adjusted)
				&& Arrays.equals(this.stockoutDays, that.stockoutDays);
	}

	@Override
	public int hashCode() {
		return this.key.hashCode() * 31 + Arrays.hashCode(this.observed);
	}

	@Override
	public String toString() {
		return "DemandSeries[" + this.key + ", weeks=" + this.observed.length + "]";
	}

}
