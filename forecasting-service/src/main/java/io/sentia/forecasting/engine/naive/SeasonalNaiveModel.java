package io.sentia.forecasting.engine.naive;

import io.sentia.forecasting.engine.FittedModel;
import io.sentia.forecasting.engine.Forecast;
import io.sentia.forecasting.engine.TimeSeries;
import io.sentia.forecasting.engine.interval.Intervals;

/**
 * Repeats the last observed cycle (the last value when the cycle is 1 or not yet observed
 * once). Intervals assume random-walk errors at the seasonal lag, as in Hyndman and
 * Athanasopoulos.
 */
public final class SeasonalNaiveModel implements FittedModel {

	private final double[] lastCycle;

	private final double sigma;

	private final int m;

	private SeasonalNaiveModel(double[] lastCycle, double sigma, int m) {
		this.lastCycle = lastCycle;
		this.sigma = sigma;
		this.m = m;
	}

	/**
	 * Seasonal naive with the series' own season length (naive if that is 1 or too long).
	 */
	public static SeasonalNaiveModel fit(TimeSeries series) {
		return fit(series.values(), series.length() > series.seasonLength() ? series.seasonLength() : 1);
	}

	/** Naive: the last value, whatever the season length. */
	public static SeasonalNaiveModel fitNaive(TimeSeries series) {
		return fit(series.values(), 1);
	}

	private static SeasonalNaiveModel fit(double[] y, int m) {
		int n = y.length;
		double[] lastCycle = new double[m];
		System.arraycopy(y, n - m, lastCycle, 0, m);
		double sum = 0;
		int count = 0;
		for (int t = m; t < n; t++) {
			double e = y[t] - y[t - m];
			sum += e * e;
			count++;
		}
		double sigma = count > 0 ? Math.sqrt(sum / count) : 0;
		return new SeasonalNaiveModel(lastCycle, sigma, m);
	}

	@Override
	public String name() {
		return this.m == 1 ? "Naive" : "SNaive[" + this.m + "]";
	}

	@Override
	public double[] pointForecast(int horizon) {
		double[] point = new double[horizon];
		for (int h = 0; h < horizon; h++) {
			point[h] = this.lastCycle[h % this.m];
		}
		return point;
	}

	@Override
	public Forecast forecast(int horizon, double[] levels) {
		double[] point = pointForecast(horizon);
		double[] sd = new double[horizon];
		for (int h = 0; h < horizon; h++) {
			sd[h] = this.sigma * Math.sqrt(h / this.m + 1);
		}
		return new Forecast(name(), point, Intervals.gaussian(point, sd, levels));
	}

}
