package io.sentia.forecasting.series;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Series to forecast, the JSON equivalent of the batch CLI's input
 * ({@code series_id,season_length,horizon,t,value}; t is a value's position).
 *
 * @param model {@code auto} (default) or one of the CLI's models
 * @param levels interval levels in percent (default 80, 90, 95)
 * @param series the series
 */
record BatchForecastRequest(String model, List<Double> levels, List<Series> series) {

	/**
	 * One series.
	 *
	 * @param seriesId the caller's id, unique in the request
	 * @param seasonLength periods per seasonal cycle (1 for none)
	 * @param horizon periods to forecast
	 * @param values observations for t = 1..n
	 */
	record Series(@JsonProperty("series_id") String seriesId, @JsonProperty("season_length") Integer seasonLength,
			Integer horizon, List<Double> values) {

	}

}
