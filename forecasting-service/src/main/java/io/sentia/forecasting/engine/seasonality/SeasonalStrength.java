package io.sentia.forecasting.engine.seasonality;

/**
 * Strength of seasonality F_s = max(0, 1 − Var(remainder) / Var(season + remainder)) from
 * an additive classical decomposition (Wang, Smith and Hyndman 2006).
 */
public final class SeasonalStrength {

	private SeasonalStrength() {
	}

	public static double of(double[] y, int m) {
		if (m <= 1 || y.length < 2 * m) {
			return 0;
		}
		double[] trend = ClassicalDecomposition.centredMovingAverage(y, m);
		double[] indices = ClassicalDecomposition.additive(y, m).indices();
		double sumD = 0;
		double sumR = 0;
		int count = 0;
		for (int t = 0; t < y.length; t++) {
			if (!Double.isNaN(trend[t])) {
				sumD += y[t] - trend[t];
				sumR += y[t] - trend[t] - indices[t % m];
				count++;
			}
		}
		double meanD = sumD / count;
		double meanR = sumR / count;
		double varD = 0;
		double varR = 0;
		for (int t = 0; t < y.length; t++) {
			if (!Double.isNaN(trend[t])) {
				double detrended = y[t] - trend[t];
				double remainder = detrended - indices[t % m];
				varD += (detrended - meanD) * (detrended - meanD);
				varR += (remainder - meanR) * (remainder - meanR);
			}
		}
		if (!(varD > 0)) {
			return 0;
		}
		return Math.max(0, 1 - varR / varD);
	}

}
