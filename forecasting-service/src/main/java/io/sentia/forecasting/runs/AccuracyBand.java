package io.sentia.forecasting.runs;

import java.util.Locale;

import io.sentia.forecasting.engine.backtest.AccuracyMetrics;

/**
 * A coarse grade of a series' backtest accuracy, by the automatic model's WAPE (total
 * absolute error over total demand): what a planner filters on to find series to check.
 */
public enum AccuracyBand {

	/** WAPE up to 30%. */
	GOOD,

	/** WAPE above 30% and up to 60%. */
	FAIR,

	/** WAPE above 60%. */
	POOR,

	/** Too short to backtest, or no demand in the backtest windows. */
	UNKNOWN;

	static final double GOOD_MAX_WAPE = 30;

	static final double FAIR_MAX_WAPE = 60;

	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	static AccuracyBand of(AccuracyMetrics auto) {
		if (auto == null || !Double.isFinite(auto.wape())) {
			return UNKNOWN;
		}
		if (auto.wape() <= GOOD_MAX_WAPE) {
			return GOOD;
		}
		return (auto.wape() <= FAIR_MAX_WAPE) ? FAIR : POOR;
	}

}
