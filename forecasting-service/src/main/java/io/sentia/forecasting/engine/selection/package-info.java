/**
 * Which model forecasts a series: the requested family, or the engine's automatic choice
 * (intermittent-demand methods for sparse series, otherwise an ensemble of the best
 * candidates).
 */
package io.sentia.forecasting.engine.selection;
