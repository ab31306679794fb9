/**
 * Detecting and removing seasonality: autocorrelation-based seasonality test, classical
 * decomposition and seasonal strength.
 */
package io.sentia.forecasting.engine.seasonality;
