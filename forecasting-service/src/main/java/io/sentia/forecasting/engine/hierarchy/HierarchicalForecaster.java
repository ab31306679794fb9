package io.sentia.forecasting.engine.hierarchy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import io.sentia.forecasting.engine.Forecast;
import io.sentia.forecasting.engine.ForecastEngine;
import io.sentia.forecasting.engine.ModelChoice;
import io.sentia.forecasting.engine.TimeSeries;

/**
 * Forecasts every node of a SKU × channel × region hierarchy from the summed histories
 * and reconciles the results.
 */
public final class HierarchicalForecaster {

	private final ForecastEngine engine;

	public HierarchicalForecaster(ForecastEngine engine) {
		this.engine = engine;
	}

	/**
	 * @param history bottom series of equal length, oldest first
	 * @param seasonLength season length shared by every series
	 */
	public Map<HierarchyNode, Forecast> forecast(Map<SeriesKey, double[]> history, int seasonLength, int horizon,
			ModelChoice model, double[] levels, ReconciliationMethod method) {
		Hierarchy hierarchy = new Hierarchy(history.keySet());
		Map<HierarchyNode, Forecast> base = new LinkedHashMap<>();
		for (HierarchyNode node : hierarchy.nodes()) {
			TimeSeries series = new TimeSeries(hierarchy.aggregate(node, history), seasonLength);
			base.put(node, this.engine.forecast(series, horizon, model, levels));
		}
		boolean nonNegative = history.values().stream().allMatch((y) -> Arrays.stream(y).allMatch((v) -> v >= 0));
		return Reconciler.reconcile(hierarchy, base, method, nonNegative);
	}

}
