/**
 * Forecast combinations: the average of several fitted models' forecasts and interval
 * bounds.
 */
package io.sentia.forecasting.engine.ensemble;
