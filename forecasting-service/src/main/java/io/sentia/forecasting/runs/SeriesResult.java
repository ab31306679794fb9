package io.sentia.forecasting.runs;

import java.util.Map;

import io.sentia.forecasting.engine.Forecast;
import io.sentia.forecasting.engine.backtest.AccuracyMetrics;
import io.sentia.forecasting.engine.hierarchy.HierarchyNode;

/**
 * The outcome of one node of a run.
 *
 * @param node the series: total, SKU, region or SKU × channel × region
 * @param firstWeek grid index of the first week fitted
 * @param observed units per grid week as ordered (summed for aggregates)
 * @param adjusted units per grid week as fitted (stock-out weeks adjusted)
 * @param seasonLength season length the models used (52, or 1 with under two years)
 * @param model the model the engine chose for the base forecast
 * @param forecast the reconciled forecast with 80/90/95% intervals
 * @param accuracy backtest accuracy by model ({@code auto}, {@code naive}, and
 * {@code snaive} for seasonal series); empty for aggregates and series too short to
 * backtest
 */
public record SeriesResult(HierarchyNode node, int firstWeek, double[] observed, double[] adjusted, int seasonLength,
		String model, Forecast forecast, Map<String, AccuracyMetrics> accuracy) {

	/** The model ids reported in {@link #accuracy()}. */
	public static final String AUTO = "auto";

	public static final String NAIVE = "naive";

	public static final String SEASONAL_NAIVE = "snaive";

	public SeriesResult {
		accuracy = Map.copyOf(accuracy);
	}

}
