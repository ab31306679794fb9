package io.sentia.forecasting.engine.interval;

import java.util.Arrays;
import java.util.List;

import io.sentia.forecasting.engine.Forecast;
import io.sentia.forecasting.engine.PredictionInterval;
import io.sentia.forecasting.engine.backtest.OriginForecast;

/**
 * How much to widen intervals so backtest errors look like draws from the forecast
 * distribution: the root mean square of the errors standardised by each interval's
 * implied standard deviation, shrunk towards 1 by a prior worth {@link #PRIOR_POINTS}
 * points, never below 1.
 */
public final class IntervalCalibration {

	/**
	 * The level whose interval width implies the standard deviation (less tail-driven
	 * than 95%).
	 */
	public static final double LEVEL = 80;

	static final double PRIOR_POINTS = 4;

	private IntervalCalibration() {
	}

	/**
	 * One factor per step; the same for every step, since one backtest window is too few
	 * to shape it.
	 */
	public static double[] factors(double[] y, List<OriginForecast> forecasts, int horizon) {
		double z = Intervals.normalQuantile(LEVEL);
		double sumSquares = PRIOR_POINTS;
		double count = PRIOR_POINTS;
		for (OriginForecast originForecast : forecasts) {
			Forecast forecast = originForecast.forecast();
			PredictionInterval interval = forecast.interval(LEVEL);
			for (int h = 0; h < forecast.horizon(); h++) {
				double sd = (interval.upper(h) - interval.lower(h)) / (2 * z);
				if (sd > 0) {
					double standardised = (y[originForecast.origin() + h] - forecast.point(h)) / sd;
					// A single wild point should not blow intervals up tenfold.
					sumSquares += Math.min(standardised * standardised, 100);
					count++;
				}
			}
		}
		double[] factors = new double[horizon];
		Arrays.fill(factors, Math.max(1, Math.sqrt(sumSquares / count)));
		return factors;
	}

}
