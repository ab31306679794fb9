package io.sentia.forecasting.engine.backtest;

import io.sentia.forecasting.engine.Forecast;
import io.sentia.forecasting.engine.TimeSeries;

/**
 * Anything that forecasts a series, e.g.
 * {@code (s, h, l) -> engine.forecast(s, h, ModelChoice.ETS, l)}.
 */
@FunctionalInterface
public interface Forecaster {

	Forecast forecast(TimeSeries history, int horizon, double[] levels);

}
