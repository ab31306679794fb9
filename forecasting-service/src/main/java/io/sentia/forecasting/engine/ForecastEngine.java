package io.sentia.forecasting.engine;

import java.util.Arrays;
import java.util.List;

import io.sentia.forecasting.engine.interval.Intervals;
import io.sentia.forecasting.engine.naive.SeasonalNaiveModel;
import io.sentia.forecasting.engine.selection.ModelSelector;

/**
 * Entry point of the engine: fits the requested model (or chooses one) and returns a
 * forecast whose numbers are finite, whose intervals are ordered and nested, and which
 * never goes negative for a series that never was. Thread-safe and stateless.
 */
public final class ForecastEngine {

	/** The interval levels reported when the caller asks for none. */
	public static final double[] DEFAULT_LEVELS = { 80, 90, 95 };

	private final ModelSelector selector;

	public ForecastEngine() {
		this(new ModelSelector());
	}

	public ForecastEngine(ModelSelector selector) {
		this.selector = selector;
	}

	public Forecast forecast(TimeSeries series, int horizon, ModelChoice choice) {
		return forecast(series, horizon, choice, DEFAULT_LEVELS);
	}

	public Forecast forecast(TimeSeries series, int horizon, ModelChoice choice, double[] levels) {
		if (horizon < 1) {
			throw new IllegalArgumentException("horizon must be at least 1, was " + horizon);
		}
		for (double level : levels) {
			if (!(level > 0 && level < 100)) {
				throw new IllegalArgumentException("interval level must be between 0 and 100, was " + level);
			}
		}
		// Fitting on a unit scale keeps optimiser steps and tolerances meaningful for any
		// data.
		double scale = TimeSeries.unitScale(series.valuesView());
		double[] scaled = series.values();
		for (int t = 0; t < scaled.length; t++) {
			scaled[t] /= scale;
		}
		TimeSeries unitSeries = new TimeSeries(scaled, series.seasonLength());
		Forecast forecast = finiteOrNaive(unitSeries, horizon, choice, levels);
		return finished(forecast, scale, series.allNonNegative());
	}

	private Forecast finiteOrNaive(TimeSeries series, int horizon, ModelChoice choice, double[] levels) {
		Forecast forecast;
		try {
			forecast = this.selector.fit(series, horizon, choice).forecast(horizon, levels);
		}
		catch (ArithmeticException | IllegalStateException ex) {
			forecast = null;
		}
		if (forecast == null || !isFinite(forecast)) {
			// A numerically broken fit must not reach a plan; the last value is a safe
			// answer.
			Forecast naive = SeasonalNaiveModel.fitNaive(series).forecast(horizon, levels);
			return new Forecast(naive.model(), naive.point(), naive.intervals());
		}
		return forecast;
	}

	private static Forecast finished(Forecast forecast, double scale, boolean nonNegative) {
		double[] point = forecast.point();
		for (int h = 0; h < point.length; h++) {
			point[h] *= scale;
			if (nonNegative) {
				point[h] = Math.max(0, point[h]);
			}
		}
		List<PredictionInterval> intervals = forecast.intervals().stream().map((interval) -> {
			double[] lower = interval.lower();
			double[] upper = interval.upper();
			for (int h = 0; h < lower.length; h++) {
				lower[h] *= scale;
				upper[h] *= scale;
			}
			return new PredictionInterval(interval.level(), lower, upper);
		}).toList();
		return new Forecast(forecast.model(), point, Intervals.repaired(point, intervals, nonNegative));
	}

	private static boolean isFinite(Forecast forecast) {
		if (!Arrays.stream(forecast.point()).allMatch(Double::isFinite)) {
			return false;
		}
		return forecast.intervals()
			.stream()
			.allMatch((interval) -> Arrays.stream(interval.lower()).allMatch(Double::isFinite)
					&& Arrays.stream(interval.upper()).allMatch(Double::isFinite));
	}

}
