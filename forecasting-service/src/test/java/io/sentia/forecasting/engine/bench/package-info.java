/**
 * JMH benchmarks of the engine (run with bench/forecasting/jmh.sh, not by the test
 * suite).
 */
package io.sentia.forecasting.engine.bench;
