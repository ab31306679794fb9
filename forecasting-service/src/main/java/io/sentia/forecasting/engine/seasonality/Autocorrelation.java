package io.sentia.forecasting.engine.seasonality;

/**
 * Sample autocorrelations, mean removed and scaled by the lag-0 sum of squares (as R's
 * acf).
 */
public final class Autocorrelation {

	private Autocorrelation() {
	}

	/** r_0..r_maxLag; all zero for a constant series. */
	public static double[] of(double[] y, int maxLag) {
		int n = y.length;
		double mean = 0;
		for (double v : y) {
			mean += v;
		}
		mean /= n;
		double denominator = 0;
		for (double v : y) {
			denominator += (v - mean) * (v - mean);
		}
		double[] r = new double[maxLag + 1];
		if (denominator == 0) {
			return r;
		}
		for (int k = 0; k <= maxLag && k < n; k++) {
			double sum = 0;
			for (int t = k; t < n; t++) {
				sum += (y[t] - mean) * (y[t - k] - mean);
			}
			r[k] = sum / denominator;
		}
		return r;
	}

}
