package io.sentia.forecasting.runs;

/**
 * What a run computes.
 *
 * @param horizon weeks forecast
 * @param backtestWindows rolling-origin windows per bottom series
 * @param backtestHorizon weeks forecast from each backtest origin
 */
public record RunSettings(int horizon, int backtestWindows, int backtestHorizon) {

	/** Interval levels every run stores and publishes. */
	public static final double[] LEVELS = { 80, 90, 95 };

	/** Fewest observations before a backtest origin for its score to mean anything. */
	static final int MIN_BACKTEST_HISTORY = 8;

	public RunSettings {
		if (horizon < 1 || backtestWindows < 1 || backtestHorizon < 1) {
			throw new IllegalArgumentException("horizon, backtest windows and backtest horizon must be at least 1");
		}
	}

}
