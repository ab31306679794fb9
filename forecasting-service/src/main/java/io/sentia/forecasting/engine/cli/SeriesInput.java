package io.sentia.forecasting.engine.cli;

/**
 * One series as read from the input file.
 *
 * @param id the series id
 * @param seasonLength periods per seasonal cycle
 * @param horizon steps to forecast
 * @param values observations for t = 1..n
 */
record SeriesInput(String id, int seasonLength, int horizon, double[] values) {

}
