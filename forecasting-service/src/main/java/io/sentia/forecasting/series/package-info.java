/**
 * Read APIs over the newest run's series (list with filters, forecast with history and
 * intervals, accuracy against the naive baselines) and synchronous batch forecasts of
 * series sent in the request.
 */
package io.sentia.forecasting.series;
