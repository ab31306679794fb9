package io.sentia.forecasting.engine;

import java.util.Arrays;

/**
 * Equally spaced observations in time order with the length of their seasonal cycle (1
 * when there is none).
 *
 * @param values observations, oldest first, all finite
 * @param seasonLength periods per seasonal cycle, at least 1
 */
public record TimeSeries(double[] values, int seasonLength) {

	public TimeSeries {
		if (values == null || values.length == 0) {
			throw new IllegalArgumentException("a time series needs at least one observation");
		}
		if (seasonLength < 1) {
			throw new IllegalArgumentException("season length must be at least 1, was " + seasonLength);
		}
		for (int i = 0; i < values.length; i++) {
			if (!Double.isFinite(values[i])) {
				throw new IllegalArgumentException("observation " + (i + 1) + " is not a finite number");
			}
		}
		values = values.clone();
	}

	@Override
	public double[] values() {
		return this.values.clone();
	}

	/** The observations without a defensive copy, for the engine's own read-only use. */
	double[] valuesView() {
		return this.values;
	}

	public int length() {
		return this.values.length;
	}

	/**
	 * The mean absolute value, or 1 for an all-zero series: dividing by it puts fitting
	 * on a unit scale, so optimiser steps and tolerances mean the same for any data.
	 * @param values observations
	 * @return the scale
	 */
	public static double unitScale(double[] values) {
		double sum = 0;
		for (double v : values) {
			sum += Math.abs(v);
		}
		double mean = sum / values.length;
		return (mean > 0) ? mean : 1;
	}

	public boolean allPositive() {
		return Arrays.stream(this.values).allMatch((v) -> v > 0);
	}

	public boolean allNonNegative() {
		return Arrays.stream(this.values).allMatch((v) -> v >= 0);
	}

	/**
	 * Whether at least two full seasonal cycles are observed, the minimum for seasonal
	 * models.
	 */
	public boolean hasTwoSeasons() {
		return this.seasonLength > 1 && this.values.length >= 2 * this.seasonLength;
	}

	public TimeSeries head(int n) {
		return new TimeSeries(Arrays.copyOf(this.values, n), this.seasonLength);
	}

	public TimeSeries withSeasonLength(int m) {
		return new TimeSeries(this.values, m);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof TimeSeries that && this.seasonLength == that.seasonLength
				&& Arrays.equals(this.values, that.values);
	}

	@Override
	public int hashCode() {
		return 31 * Arrays.hashCode(this.values) + this.seasonLength;
	}

	@Override
	public String toString() {
		return "TimeSeries[n=" + this.values.length + ", m=" + this.seasonLength + "]";
	}

}
