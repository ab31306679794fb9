package io.sentia.forecasting.engine.backtest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.sentia.forecasting.engine.Forecast;
import io.sentia.forecasting.engine.PredictionInterval;
import io.sentia.forecasting.engine.TimeSeries;

/**
 * Rolling-origin evaluation: forecasts from several origins inside the history and scores
 * them against what actually followed.
 */
public final class Backtest {

	private Backtest() {
	}

	/**
	 * Empty metrics (NaN, 0 windows) when the series is too short for a single origin.
	 */
	public static AccuracyMetrics run(TimeSeries series, Forecaster forecaster, BacktestSettings settings) {
		return score(series, forecasts(series, forecaster, settings), settings.levels());
	}

	/** The forecast from each origin, oldest origin first. */
	public static List<OriginForecast> forecasts(TimeSeries series, Forecaster forecaster, BacktestSettings settings) {
		int[] origins = settings.origins(series.length());
		List<OriginForecast> out = new ArrayList<>(origins.length);
		for (int origin : origins) {
			int horizon = Math.min(settings.horizon(), series.length() - origin);
			out.add(new OriginForecast(origin, forecaster.forecast(series.head(origin), horizon, settings.levels())));
		}
		return out;
	}

	/** Scores forecasts made from origins inside the series against its later values. */
	public static AccuracyMetrics score(TimeSeries series, List<OriginForecast> forecasts, double[] levels) {
		double[] y = series.values();
		double scaledErrorSum = 0;
		double smapeSum = 0;
		double absoluteErrorSum = 0;
		double errorSum = 0;
		double absoluteActualSum = 0;
		Map<Double, Integer> inside = new HashMap<>();
		int points = 0;
		for (OriginForecast originForecast : forecasts) {
			int origin = originForecast.origin();
			Forecast forecast = originForecast.forecast();
			double scale = naiveScale(Arrays.copyOf(y, origin), series.seasonLength());
			for (int h = 0; h < forecast.horizon(); h++) {
				double actual = y[origin + h];
				double predicted = forecast.point(h);
				double error = predicted - actual;
				scaledErrorSum += Math.abs(error) / scale;
				double denominator = Math.abs(actual) + Math.abs(predicted);
				smapeSum += denominator > 0 ? 200 * Math.abs(error) / denominator : 0;
				absoluteErrorSum += Math.abs(error);
				errorSum += error;
				absoluteActualSum += Math.abs(actual);
				for (PredictionInterval interval : forecast.intervals()) {
					if (interval.lower(h) <= actual && actual <= interval.upper(h)) {
						inside.merge(interval.level(), 1, Integer::sum);
					}
				}
				points++;
			}
		}
		Map<Double, Double> coverage = new HashMap<>();
		for (double level : levels) {
			coverage.put(level, points > 0 ? inside.getOrDefault(level, 0) / (double) points : Double.NaN);
		}
		if (points == 0) {
			return new AccuracyMetrics(Double.NaN, Double.NaN, Double.NaN, Double.NaN, coverage, 0, 0);
		}
		double wapeDenominator = absoluteActualSum > 0 ? absoluteActualSum : Double.NaN;
		return new AccuracyMetrics(scaledErrorSum / points, smapeSum / points, 100 * absoluteErrorSum / wapeDenominator,
				100 * errorSum / wapeDenominator, coverage, forecasts.size(), points);
	}

	/**
	 * In-sample mean absolute error of the seasonal naive forecast (naive when the
	 * history is not longer than a season); 1 when the history is constant, so MASE stays
	 * defined.
	 */
	static double naiveScale(double[] history, int m) {
		int lag = history.length > m ? m : 1;
		double sum = 0;
		int count = 0;
		for (int t = lag; t < history.length; t++) {
			sum += Math.abs(history[t] - history[t - lag]);
			count++;
		}
		double scale = count > 0 ? sum / count : 0;
		return scale > 0 ? scale : 1;
	}

}
