package io.sentia.forecasting.engine.backtest;

import java.util.Map;

/**
 * Forecast accuracy of one series over all backtest windows and steps.
 *
 * @param mase mean absolute error over the in-sample mean absolute seasonal-naive error
 * (Hyndman and Koehler 2006)
 * @param smape symmetric mean absolute percentage error, 0..200 (M4 definition)
 * @param wape total absolute error over total absolute actuals, in percent
 * @param bias total (forecast − actual) over total absolute actuals, in percent; positive
 * means over-forecast
 * @param coverage share of actuals inside the interval, by level
 * @param windows forecast origins evaluated
 * @param points forecast points evaluated
 */
public record AccuracyMetrics(double mase, double smape, double wape, double bias, Map<Double, Double> coverage,
		int windows, int points) {

	public AccuracyMetrics {
		coverage = Map.copyOf(coverage);
	}

}
