package io.sentia.forecasting.series;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import io.sentia.forecasting.engine.Forecast;
import io.sentia.forecasting.engine.ForecastEngine;
import io.sentia.forecasting.engine.ModelChoice;
import io.sentia.forecasting.engine.PredictionInterval;
import io.sentia.forecasting.engine.TimeSeries;
import io.sentia.forecasting.runs.ForecastWorkers;
import io.sentia.servicekit.errors.ApiProblemException;
import io.sentia.servicekit.errors.ProblemType;

/**
 * Checks a batch request against the limits, naming the offending field, and forecasts
 * its series in parallel on the shared workers.
 */
class BatchForecaster {

	private static final List<Double> DEFAULT_LEVELS = List.of(80.0, 90.0, 95.0);

	private final ForecastEngine engine;

	private final ForecastWorkers workers;

	private final BatchForecastProperties limits;

	BatchForecaster(ForecastEngine engine, ForecastWorkers workers, BatchForecastProperties limits) {
		this.engine = engine;
		this.workers = workers;
		this.limits = limits;
	}

	BatchForecastResponse forecast(BatchForecastRequest request) throws InterruptedException {
		ModelChoice model = model(request.model());
		double[] levels = levels(request.levels());
		List<BatchForecastRequest.Series> series = checkedSeries(request.series());
		List<Future<Forecast>> futures = new ArrayList<>(series.size());
		try {
			for (BatchForecastRequest.Series one : series) {
				TimeSeries values = new TimeSeries(one.values().stream().mapToDouble(Double::doubleValue).toArray(),
						one.seasonLength());
				futures.add(this.workers.executor()
					.submit(() -> this.engine.forecast(values, one.horizon(), model, levels)));
			}
			List<BatchForecastResponse.SeriesForecast> forecasts = new ArrayList<>(series.size());
			for (int i = 0; i < series.size(); i++) {
				forecasts.add(response(series.get(i).seriesId(), futures.get(i).get(), levels));
			}
			return new BatchForecastResponse(model.id(), forecasts);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Forecasting a batch series failed", ex.getCause());
		}
		finally {
			futures.forEach((future) -> future.cancel(true));
		}
	}

	private static BatchForecastResponse.SeriesForecast response(String id, Forecast forecast, double[] levels) {
		List<Map<String, Object>> points = new ArrayList<>(forecast.horizon());
		for (int h = 0; h < forecast.horizon(); h++) {
			Map<String, Object> point = new LinkedHashMap<>();
			point.put("h", h + 1);
			point.put("point", forecast.point(h));
			for (double level : levels) {
				PredictionInterval interval = forecast.interval(level);
				String label = label(level);
				point.put("lo" + label, interval.lower(h));
				point.put("hi" + label, interval.upper(h));
			}
			points.add(point);
		}
		return new BatchForecastResponse.SeriesForecast(id, forecast.model(), points);
	}

	/** As the CLI labels columns: 80 → "80", 97.5 → "97.5". */
	static String label(double level) {
		return (level == Math.rint(level)) ? Long.toString((long) level) : Double.toString(level);
	}

	private static ModelChoice model(String model) {
		if (model == null || model.isBlank()) {
			return ModelChoice.AUTO;
		}
		try {
			return ModelChoice.fromId(model);
		}
		catch (IllegalArgumentException ex) {
			throw ApiProblemException.invalidField("model", "must be one of "
					+ Arrays.stream(ModelChoice.values()).map(ModelChoice::id).collect(Collectors.joining(", ")));
		}
	}

	private static double[] levels(List<Double> levels) {
		List<Double> chosen = (levels == null || levels.isEmpty()) ? DEFAULT_LEVELS : levels;
		double[] out = new double[chosen.size()];
		Set<Double> seen = new HashSet<>();
		for (int i = 0; i < out.length; i++) {
			Double level = chosen.get(i);
			if (level == null || !(level > 0 && level < 100)) {
				throw ApiProblemException.invalidField("levels[" + i + "]",
						"must be a percentage above 0 and below 100");
			}
			if (!seen.add(level)) {
				throw ApiProblemException.invalidField("levels[" + i + "]", "repeats level " + label(level));
			}
			out[i] = level;
		}
		return out;
	}

	private List<BatchForecastRequest.Series> checkedSeries(List<BatchForecastRequest.Series> series) {
		if (series == null || series.isEmpty()) {
			throw ApiProblemException.invalidField("series", "must hold at least one series");
		}
		if (series.size() > this.limits.maxSeries()) {
			throw tooLarge("series", "holds " + series.size() + " series; at most " + this.limits.maxSeries()
					+ " are forecast per request, split the batch");
		}
		Set<String> ids = new HashSet<>();
		long observations = 0;
		for (int i = 0; i < series.size(); i++) {
			BatchForecastRequest.Series one = series.get(i);
			String field = "series[" + i + "]";
			if (one == null) {
				throw ApiProblemException.invalidField(field, "must be a series object");
			}
			if (one.seriesId() == null || one.seriesId().isBlank()) {
				throw ApiProblemException.invalidField(field + ".series_id", "must not be blank");
			}
			if (!ids.add(one.seriesId())) {
				throw ApiProblemException.invalidField(field + ".series_id",
						"repeats series id '" + one.seriesId() + "'");
			}
			if (one.seasonLength() == null || one.seasonLength() < 1) {
				throw ApiProblemException.invalidField(field + ".season_length", "must be at least 1");
			}
			if (one.horizon() == null || one.horizon() < 1) {
				throw ApiProblemException.invalidField(field + ".horizon", "must be at least 1");
			}
			if (one.horizon() > this.limits.maxHorizon()) {
				throw ApiProblemException.invalidField(field + ".horizon",
						"must be at most " + this.limits.maxHorizon());
			}
			if (one.values() == null || one.values().isEmpty()) {
				throw ApiProblemException.invalidField(field + ".values", "must hold at least one observation");
			}
			for (int t = 0; t < one.values().size(); t++) {
				Double value = one.values().get(t);
				if (value == null || !Double.isFinite(value)) {
					throw ApiProblemException.invalidField(field + ".values[" + t + "]",
							"must be a finite number (t=" + (t + 1) + ")");
				}
			}
			observations += one.values().size();
		}
		if (observations > this.limits.maxObservations()) {
			throw tooLarge("series", "holds " + observations + " observations; at most " + this.limits.maxObservations()
					+ " are forecast per request, split the batch");
		}
		return series;
	}

	static ApiProblemException tooLarge(String field, String message) {
		return new ApiProblemException(ProblemType.PAYLOAD_TOO_LARGE, "Field '" + field + "' " + message + ".")
			.withError(field, message);
	}

}
