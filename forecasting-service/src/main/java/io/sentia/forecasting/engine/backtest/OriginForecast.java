package io.sentia.forecasting.engine.backtest;

import io.sentia.forecasting.engine.Forecast;

/**
 * A forecast made in a backtest from the first {@code origin} observations.
 *
 * @param origin number of observations the forecast was made from
 * @param forecast the forecast of the observations at origin, origin + 1, …
 */
public record OriginForecast(int origin, Forecast forecast) {

}
