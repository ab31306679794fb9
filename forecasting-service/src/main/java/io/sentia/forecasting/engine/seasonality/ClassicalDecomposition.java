package io.sentia.forecasting.engine.seasonality;

import java.util.Arrays;

/**
 * Classical decomposition: centred moving-average trend, seasonal indices averaged by
 * position in the cycle and normalised (mean 1 when multiplicative, mean 0 when
 * additive).
 *
 * @param indices one index per position in the cycle, position 0 being the first
 * observation's
 * @param multiplicative whether the indices divide (true) or subtract (false)
 */
public record ClassicalDecomposition(double[] indices, boolean multiplicative) {

	public static ClassicalDecomposition multiplicative(double[] y, int m) {
		return of(y, m, true);
	}

	public static ClassicalDecomposition additive(double[] y, int m) {
		return of(y, m, false);
	}

	private static ClassicalDecomposition of(double[] y, int m, boolean multiplicative) {
		int n = y.length;
		if (n < 2 * m) {
			throw new IllegalArgumentException("decomposition needs two full cycles");
		}
		double[] trend = centredMovingAverage(y, m);
		double[] sums = new double[m];
		int[] counts = new int[m];
		for (int t = 0; t < n; t++) {
			if (!Double.isNaN(trend[t])) {
				double detrended = multiplicative ? y[t] / trend[t] : y[t] - trend[t];
				if (Double.isFinite(detrended)) {
					sums[t % m] += detrended;
					counts[t % m]++;
				}
			}
		}
		double[] indices = new double[m];
		double total = 0;
		for (int j = 0; j < m; j++) {
			indices[j] = counts[j] > 0 ? sums[j] / counts[j] : (multiplicative ? 1 : 0);
			total += indices[j];
		}
		double mean = total / m;
		for (int j = 0; j < m; j++) {
			if (multiplicative) {
				indices[j] = mean > 0 ? indices[j] / mean : 1;
			}
			else {
				indices[j] -= mean;
			}
		}
		return new ClassicalDecomposition(indices, multiplicative);
	}

	/**
	 * Moving average of length m centred on each point (2×m for even m); NaN at the ends.
	 */
	static double[] centredMovingAverage(double[] y, int m) {
		int n = y.length;
		double[] trend = new double[n];
		Arrays.fill(trend, Double.NaN);
		int half = m / 2;
		for (int t = half; t < n - half; t++) {
			double sum = 0;
			if (m % 2 == 1) {
				for (int k = -half; k <= half; k++) {
					sum += y[t + k];
				}
				trend[t] = sum / m;
			}
			else {
				for (int k = -half + 1; k < half; k++) {
					sum += y[t + k];
				}
				sum += 0.5 * (y[t - half] + y[t + half]);
				trend[t] = sum / m;
			}
		}
		return trend;
	}

	@Override
	public double[] indices() {
		return this.indices.clone();
	}

	/**
	 * The seasonal index at time t (0-based) of the decomposed series, or any later time.
	 */
	public double indexAt(int t) {
		return this.indices[t % this.indices.length];
	}

	public double[] adjust(double[] y) {
		double[] out = new double[y.length];
		for (int t = 0; t < y.length; t++) {
			out[t] = this.multiplicative ? y[t] / indexAt(t) : y[t] - indexAt(t);
		}
		return out;
	}

	/** Puts the seasonality back into values at times start, start+1, …. */
	public double[] reseasonalise(double[] values, int start) {
		double[] out = new double[values.length];
		for (int i = 0; i < values.length; i++) {
			out[i] = this.multiplicative ? values[i] * indexAt(start + i) : values[i] + indexAt(start + i);
		}
		return out;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ClassicalDecomposition that && this.multiplicative == that.multiplicative
				&& Arrays.equals(this.indices, that.indices);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(this.indices) * 2 + (this.multiplicative ? 1 : 0);
	}

	@Override
	public String toString() {
		return "ClassicalDecomposition[m=" + this.indices.length + ", multiplicative=" + this.multiplicative + "]";
	}

}
