/**
 * Benchmarks that repeat the past: naive (last value) and seasonal naive (last cycle).
 */
package io.sentia.forecasting.engine.naive;
