/**
 * Rolling-origin backtests and the accuracy measures reported per series: MASE, sMAPE,
 * WAPE, bias and interval coverage.
 */
package io.sentia.forecasting.engine.backtest;
