package io.sentia.forecasting.engine.seasonality;

/**
 * The M4 competition's seasonality test: the autocorrelation at the seasonal lag is
 * significant at 90% against Bartlett's standard error. Needs at least three full cycles.
 */
public final class SeasonalityTest {

	private static final double CRITICAL_VALUE = 1.645;

	private SeasonalityTest() {
	}

	public static boolean isSeasonal(double[] y, int m) {
		int n = y.length;
		if (m <= 1 || n < 3 * m) {
			return false;
		}
		double[] r = Autocorrelation.of(y, m);
		double sum = 0;
		for (int k = 1; k < m; k++) {
			sum += r[k] * r[k];
		}
		double limit = CRITICAL_VALUE * Math.sqrt((1 + 2 * sum) / n);
		return Math.abs(r[m]) > limit;
	}

}
