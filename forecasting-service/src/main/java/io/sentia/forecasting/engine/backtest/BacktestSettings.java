package io.sentia.forecasting.engine.backtest;

import java.util.Arrays;
import java.util.Objects;

/**
 * Where a rolling-origin backtest cuts the series: {@code windows} origins, the last one
 * {@code horizon} periods before the end and each earlier one {@code step} periods before
 * the next.
 *
 * @param windows number of forecast origins
 * @param horizon steps forecast from each origin
 * @param step periods between consecutive origins
 * @param levels interval levels whose coverage is measured
 */
public record BacktestSettings(int windows, int horizon, int step, double[] levels) {

	public BacktestSettings {
		if (windows < 1 || horizon < 1 || step < 1) {
			throw new IllegalArgumentException("windows, horizon and step must be at least 1");
		}
		levels = levels.clone();
	}

	@Override
	public double[] levels() {
		return this.levels.clone();
	}

	/** The first observation index after each origin's training data, oldest first. */
	int[] origins(int length) {
		int last = length - this.horizon;
		int count = 0;
		while (count < this.windows && last - count * this.step >= 1) {
			count++;
		}
		int[] origins = new int[count];
		for (int i = 0; i < count; i++) {
			origins[i] = last - (count - 1 - i) * this.step;
		}
		return origins;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof BacktestSettings that && this.windows == that.windows && this.horizon == that.horizon
				&& this.step == that.step && Arrays.equals(this.levels, that.levels);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.windows, this.horizon, this.step, Arrays.hashCode(this.levels));
	}

	@Override
	public String toString() {
		return "BacktestSettings[windows=" + this.windows + ", horizon=" + this.horizon + ", step=" + this.step + "]";
	}

}
