package io.sentia.forecasting.controls;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.sentia.forecasting.demand.DemandSeries;
import io.sentia.forecasting.demand.WeeklyDemand;
import io.sentia.forecasting.engine.hierarchy.SeriesKey;

/**
 * Gives series with too little history of their own the history of their chosen
 * analogues: per week, the mean of the analogue SKUs' fitted demand in the same channel
 * and region (over the analogues already selling that week), times the chosen scale. Only
 * the fitted values change; what the series itself sold stays visible as observed. A
 * series whose analogues have no series in its channel and region keeps its own history.
 * Pure computation.
 */
final class AnalogueHistory {

	private AnalogueHistory() {
	}

	/**
	 * @param demand the tenant's weekly demand (past events already adjusted)
	 * @param choices the analogue choices by series key; channel and region {@code all}
	 * for a choice covering every series of a SKU
	 * @param minWeeks own weeks below which a series is forecast from its analogues
	 * @return the demand with analogue histories, and which series got one
	 */
	static Result apply(WeeklyDemand demand, Map<SeriesKey, Choice> choices, int minWeeks) {
		if (choices.isEmpty()) {
			return new Result(demand, Set.of());
		}
		Map<SeriesKey, DemandSeries> byKey = new HashMap<>();
		demand.series().forEach((series) -> byKey.put(series.key(), series));
		List<DemandSeries> out = new ArrayList<>(demand.series().size());
		Set<SeriesKey> fromAnalogues = new HashSet<>();
		for (DemandSeries series : demand.series()) {
			Choice choice = choiceFor(series.key(), choices);
			int ownWeeks = series.observed().length - series.firstWeek();
			DemandSeries replaced = (choice != null && ownWeeks < minWeeks) ? fromAnalogues(series, choice, byKey)
					: null;
			if (replaced != null) {
				out.add(replaced);
				fromAnalogues.add(series.key());
			}
			else {
				out.add(series);
			}
		}
		return new Result(new WeeklyDemand(demand.firstWeekStart(), demand.weeks(), out), Set.copyOf(fromAnalogues));
	}

	private static Choice choiceFor(SeriesKey key, Map<SeriesKey, Choice> choices) {
		Choice exact = choices.get(key);
		return (exact != null) ? exact : choices.get(new SeriesKey(key.sku(), "all", "all"));
	}

	private static DemandSeries fromAnalogues(DemandSeries series, Choice choice, Map<SeriesKey, DemandSeries> byKey) {
		List<DemandSeries> analogues = choice.skus()
			.stream()
			.filter((sku) -> !sku.equals(series.key().sku()))
			.map((sku) -> byKey.get(new SeriesKey(sku, series.key().channel(), series.key().region())))
			.filter((analogue) -> analogue != null)
			.toList();
		if (analogues.isEmpty()) {
			return null;
		}
		int length = series.observed().length;
		double[] values = new double[length];
		int firstWeek = length - 1;
		for (int w = 0; w < length; w++) {
			double sum = 0;
			int selling = 0;
			for (DemandSeries analogue : analogues) {
				if (w >= analogue.firstWeek()) {
					sum += analogue.adjusted()[w];
					selling++;
				}
			}
			if (selling > 0) {
				values[w] = choice.scale() * sum / selling;
				firstWeek = Math.min(firstWeek, w);
			}
		}
		// The grid starts at the tenant's first demand, so some analogue sells from week
		// 0
		// or later; the series' own zeros before its launch are not fitted.
		return new DemandSeries(series.key(), firstWeek, series.observed(), values, series.stockoutDays());
	}

	/**
	 * An analogue choice as the run applies it.
	 *
	 * @param skus the analogue SKUs
	 * @param scale factor on their averaged history
	 */
	record Choice(List<String> skus, double scale) {
	}

	/**
	 * @param demand the demand to forecast
	 * @param fromAnalogues series whose fitted history came from analogues
	 */
	record Result(WeeklyDemand demand, Set<SeriesKey> fromAnalogues) {
	}

}
