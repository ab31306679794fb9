package io.sentia.forecasting.engine.arima;

/**
 * KPSS test of level stationarity (Kwiatkowski et al. 1992) with the Newey–West long-run
 * variance and the short lag rule, as urca::ur.kpss used by R's ndiffs.
 */
public final class Kpss {

	/** 5% critical value of the level-stationarity statistic. */
	static final double CRITICAL_VALUE_5_PERCENT = 0.463;

	private Kpss() {
	}

	public static double statistic(double[] x) {
		int n = x.length;
		double mean = 0;
		for (double v : x) {
			mean += v;
		}
		mean /= n;
		double[] e = new double[n];
		double partial = 0;
		double numerator = 0;
		double gamma0 = 0;
		for (int t = 0; t < n; t++) {
			e[t] = x[t] - mean;
			partial += e[t];
			numerator += partial * partial;
			gamma0 += e[t] * e[t];
		}
		int lags = (int) Math.floor(4 * Math.pow(n / 100.0, 0.25));
		double longRun = gamma0 / n;
		for (int s = 1; s <= lags && s < n; s++) {
			double sum = 0;
			for (int t = s; t < n; t++) {
				sum += e[t] * e[t - s];
			}
			longRun += 2 * (1 - s / (lags + 1.0)) * sum / n;
		}
		if (!(longRun > 1e-12)) {
			return 0;
		}
		return numerator / ((double) n * n * longRun);
	}

	/** Whether stationarity is rejected at 5%, so one more difference is needed. */
	public static boolean needsDifference(double[] x) {
		return x.length >= 5 && statistic(x) > CRITICAL_VALUE_5_PERCENT;
	}

}
