package io.sentia.forecasting.engine;

import java.util.Arrays;

/**
 * Lower and upper bounds of a central prediction interval for h = 1..horizon.
 *
 * @param level nominal coverage in percent, e.g. 95
 * @param lower lower bound per step
 * @param upper upper bound per step
 */
public record PredictionInterval(double level, double[] lower, double[] upper) {

	public PredictionInterval {
		if (!(level > 0 && level < 100)) {
			throw new IllegalArgumentException("interval level must be between 0 and 100, was " + level);
		}
		if (lower.length != upper.length) {
			throw new IllegalArgumentException("lower and upper bounds differ in length");
		}
		lower = lower.clone();
		upper = upper.clone();
	}

	@Override
	public double[] lower() {
		return this.lower.clone();
	}

	@Override
	public double[] upper() {
		return this.upper.clone();
	}

	public double lower(int step) {
		return this.lower[step];
	}

	public double upper(int step) {
		return this.upper[step];
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PredictionInterval that && this.level == that.level
				&& Arrays.equals(this.lower, that.lower) && Arrays.equals(this.upper, that.upper);
	}

	@Override
	public int hashCode() {
		return Double.hashCode(this.level) * 31 + Arrays.hashCode(this.lower) * 17 + Arrays.hashCode(this.upper);
	}

	@Override
	public String toString() {
		return "PredictionInterval[level=" + this.level + ", horizon=" + this.lower.length + "]";
	}

}
