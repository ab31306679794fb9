/**
 * Building prediction intervals: Gaussian from forecast standard deviations, quantiles of
 * simulated sample paths, and repairs that keep intervals ordered and nested.
 */
package io.sentia.forecasting.engine.interval;
