package io.sentia.forecasting.series;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Forecasts of a batch, the JSON equivalent of the CLI's output rows
 * ({@code series_id,h,point,lo80,hi80,...,model}) grouped per series.
 *
 * @param model the model requested
 * @param forecasts one per series, in request order
 */
record BatchForecastResponse(String model, List<SeriesForecast> forecasts) {

	/**
	 * @param seriesId the caller's id
	 * @param model the fitted model, e.g. {@code ETS(AAN)}
	 * @param points per step: {@code h}, {@code point}, {@code lo<level>},
	 * {@code hi<level>}
	 */
	record SeriesForecast(@JsonProperty("series_id") String seriesId, String model, List<Map<String, Object>> points) {

	}

}
