/**
 * Batch command line around the engine: reads series from CSV, forecasts them in parallel
 * and writes one CSV of forecasts; the only place in the engine that does I/O.
 */
package io.sentia.forecasting.engine.cli;
