package io.sentia.forecasting.engine.intermittent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.sentia.forecasting.engine.FittedModel;
import io.sentia.forecasting.engine.Forecast;
import io.sentia.forecasting.engine.PredictionInterval;
import io.sentia.forecasting.engine.TimeSeries;
import io.sentia.forecasting.engine.interval.Intervals;

/**
 * A flat demand-rate forecast from Croston, SBA or TSB. Intervals are the empirical
 * quantiles of the errors the same method made in-sample at 1..horizon steps ahead, since
 * demand that is mostly zero is far from Gaussian.
 */
public final class IntermittentModel implements FittedModel {

	private static final double[] GRID = { 0.05, 0.1, 0.15, 0.2, 0.3 };

	private final IntermittentMethod method;

	private final double alpha;

	private final double beta;

	private final double rate;

	private final double[] y;

	private final double[] inSample;

	private final int firstForecast;

	private final double inSampleMeanSquaredError;

	private IntermittentModel(IntermittentMethod method, double alpha, double beta, double[] y, Pass pass) {
		this.method = method;
		this.alpha = alpha;
		this.beta = beta;
		this.y = y;
		this.rate = pass.rate;
		this.inSample = pass.forecasts;
		this.firstForecast = pass.firstForecast;
		this.inSampleMeanSquaredError = pass.meanSquaredError(y);
	}

	/**
	 * Fits with smoothing parameters chosen from a small grid by in-sample squared error.
	 */
	public static IntermittentModel fit(TimeSeries series, IntermittentMethod method) {
		double[] y = series.values();
		IntermittentModel best = null;
		double bestError = Double.POSITIVE_INFINITY;
		for (double alpha : GRID) {
			for (double beta : method == IntermittentMethod.TSB ? GRID : new double[] { 0.1 }) {
				Pass pass = run(y, method, alpha, beta);
				double error = pass.meanSquaredError(y);
				if (best == null || error < bestError - 1e-12) {
					bestError = error;
					best = new IntermittentModel(method, alpha, beta, y, pass);
				}
			}
		}
		return best;
	}

	/**
	 * Fits with fixed smoothing: alpha for demand sizes (and intervals), beta for TSB's
	 * probability.
	 */
	public static IntermittentModel fit(TimeSeries series, IntermittentMethod method, double alpha, double beta) {
		double[] y = series.values();
		return new IntermittentModel(method, alpha, beta, y, run(y, method, alpha, beta));
	}

	public double rate() {
		return this.rate;
	}

	/** Mean squared error of the in-sample one-step forecasts. */
	public double inSampleMeanSquaredError() {
		return this.inSampleMeanSquaredError;
	}

	public double alpha() {
		return this.alpha;
	}

	public double beta() {
		return this.beta;
	}

	@Override
	public String name() {
		return switch (this.method) {
			case CROSTON -> "Croston";
			case SBA -> "SBA";
			case TSB -> "TSB";
		};
	}

	@Override
	public double[] pointForecast(int horizon) {
		double[] point = new double[horizon];
		Arrays.fill(point, this.rate);
		return point;
	}

	@Override
	public Forecast forecast(int horizon, double[] levels) {
		double[] point = pointForecast(horizon);
		List<PredictionInterval> intervals = new ArrayList<>(levels.length);
		double[][] errors = errorsByStep(horizon);
		for (double level : levels) {
			double tail = (1 - level / 100) / 2;
			double[] lower = new double[horizon];
			double[] upper = new double[horizon];
			for (int h = 0; h < horizon; h++) {
				lower[h] = errors[h].length == 0 ? 0 : Math.max(0, point[h] + Intervals.quantile(errors[h], tail));
				upper[h] = errors[h].length == 0 ? point[h] : point[h] + Intervals.quantile(errors[h], 1 - tail);
			}
			intervals.add(new PredictionInterval(level, lower, upper));
		}
		return new Forecast(name(), point, intervals);
	}

	/**
	 * Sorted errors y_{t+h} − f_t at each step, pooled with the errors of all shorter
	 * steps so long horizons on short series still have enough of them.
	 */
	private double[][] errorsByStep(int horizon) {
		double[][] out = new double[horizon][];
		List<Double> pooled = new ArrayList<>();
		for (int h = 1; h <= horizon; h++) {
			for (int t = this.firstForecast; t + h - 1 < this.y.length; t++) {
				pooled.add(this.y[t + h - 1] - this.inSample[t]);
			}
			out[h - 1] = pooled.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		}
		return out;
	}

	private static Pass run(double[] y, IntermittentMethod method, double alpha, double beta) {
		int n = y.length;
		double[] forecasts = new double[n];
		int first = 0;
		while (first < n && y[first] <= 0) {
			first++;
		}
		if (first == n) {
			return new Pass(0, forecasts, n);
		}
		double size = y[first];
		double interval = first + 1;
		double probability = 1.0 / (first + 1);
		int sinceDemand = 0;
		double correction = method == IntermittentMethod.SBA ? 1 - alpha / 2 : 1;
		for (int t = first + 1; t < n; t++) {
			forecasts[t] = method == IntermittentMethod.TSB ? probability * size : correction * size / interval;
			sinceDemand++;
			boolean demand = y[t] > 0;
			if (method == IntermittentMethod.TSB) {
				probability += beta * ((demand ? 1 : 0) - probability);
				if (demand) {
					size += alpha * (y[t] - size);
				}
			}
			else if (demand) {
				size += alpha * (y[t] - size);
				interval += alpha * (sinceDemand - interval);
			}
			if (demand) {
				sinceDemand = 0;
			}
		}
		double rate = method == IntermittentMethod.TSB ? probability * size : correction * size / interval;
		return new Pass(rate, forecasts, first + 1);
	}

	/**
	 * One smoothing pass: the final rate and the in-sample forecast made before each
	 * period.
	 */
	private record Pass(double rate, double[] forecasts, int firstForecast) {

		double meanSquaredError(double[] y) {
			double sum = 0;
			int count = 0;
			for (int t = this.firstForecast; t < y.length; t++) {
				double e = y[t] - this.forecasts[t];
				sum += e * e;
				count++;
			}
			return count > 0 ? sum / count : Double.POSITIVE_INFINITY;
		}

	}

}
