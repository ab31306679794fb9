/**
 * Demand forecasts read model: the latest forecast of every series (SKU by channel and
 * region) with its points and prediction intervals, from
 * {@code forecasting.forecasts.v1}.
 */
package io.sentia.analytics.forecasts;
