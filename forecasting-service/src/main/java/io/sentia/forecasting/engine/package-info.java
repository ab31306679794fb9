/**
 * Pure-Java forecasting engine: time series in, point forecasts and prediction intervals
 * out. No Spring and no I/O here; {@link io.sentia.forecasting.engine.ForecastEngine} is
 * the entry point.
 */
package io.sentia.forecasting.engine;
