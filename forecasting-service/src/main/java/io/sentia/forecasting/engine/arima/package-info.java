/**
 * Seasonal ARIMA: conditional-sum-of-squares estimation, differencing chosen by KPSS and
 * seasonal strength, stepwise order search by AICc (Hyndman and Khandakar) and forecasts
 * with psi-weight intervals.
 */
package io.sentia.forecasting.engine.arima;
