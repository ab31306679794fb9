package io.sentia.forecasting.runs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import io.sentia.forecasting.demand.DemandSeries;
import io.sentia.forecasting.demand.WeeklyDemand;
import io.sentia.forecasting.engine.Forecast;
import io.sentia.forecasting.engine.ForecastEngine;
import io.sentia.forecasting.engine.Frequency;
import io.sentia.forecasting.engine.ModelChoice;
import io.sentia.forecasting.engine.TimeSeries;
import io.sentia.forecasting.engine.backtest.AccuracyMetrics;
import io.sentia.forecasting.engine.backtest.Backtest;
import io.sentia.forecasting.engine.backtest.BacktestSettings;
import io.sentia.forecasting.engine.hierarchy.Hierarchy;
import io.sentia.forecasting.engine.hierarchy.HierarchyNode;
import io.sentia.forecasting.engine.hierarchy.ReconciliationMethod;
import io.sentia.forecasting.engine.hierarchy.Reconciler;
import io.sentia.forecasting.engine.hierarchy.SeriesKey;

/**
 * Forecasts every node of a tenant's SKU × channel × region hierarchy with the engine's
 * automatic model, in parallel on the given workers, backtests each bottom series against
 * the naive baselines, and reconciles the forecasts so SKU, region and total equal the
 * sums of their series. Pure computation: no Spring, no database; the benchmark drives it
 * as the service does.
 */
public final class DemandForecaster {

	/**
	 * Structural weights: as coherent as OLS and within noise of it on simulated demand,
	 * slightly better at the bottom, which planning uses (bench/forecasting/README.md).
	 */
	static final ReconciliationMethod RECONCILIATION = ReconciliationMethod.WLS_STRUCTURAL;

	private final ForecastEngine engine;

	private final RunSettings settings;

	public DemandForecaster(ForecastEngine engine, RunSettings settings) {
		this.engine = engine;
		this.settings = settings;
	}

	/**
	 * @param demand the tenant's weekly demand
	 * @param workers where series are forecast
	 * @param parallelism how many series are queued on the workers at once
	 * @param progress told after each series
	 * @return one result per node, total first, bottom series last
	 * @throws InterruptedException if the run is interrupted
	 */
	public List<SeriesResult> forecast(WeeklyDemand demand, ExecutorService workers, int parallelism,
			RunProgress progress) throws InterruptedException {
		if (demand.series().isEmpty()) {
			return List.of();
		}
		Map<SeriesKey, double[]> observed = new HashMap<>();
		Map<SeriesKey, double[]> adjusted = new HashMap<>();
		for (DemandSeries series : demand.series()) {
			observed.put(series.key(), series.observed());
			adjusted.put(series.key(), series.adjusted());
		}
		Hierarchy hierarchy = new Hierarchy(observed.keySet());
		List<HierarchyNode> nodes = hierarchy.nodes();
		Map<HierarchyNode, Base> bases = forecastNodes(nodes, hierarchy, observed, adjusted, workers, parallelism,
				progress);
		Map<HierarchyNode, Forecast> baseForecasts = new LinkedHashMap<>();
		nodes.forEach((node) -> baseForecasts.put(node, bases.get(node).forecast()));
		Map<HierarchyNode, Forecast> reconciled = Reconciler.reconcile(hierarchy, baseForecasts, RECONCILIATION, true);
		List<SeriesResult> results = new ArrayList<>(nodes.size());
		for (HierarchyNode node : nodes) {
			Base base = bases.get(node);
			results.add(new SeriesResult(node, base.firstWeek(), base.observed(), base.adjusted(), base.seasonLength(),
					base.forecast().model(), reconciled.get(node), base.accuracy()));
		}
		return results;
	}

	private Map<HierarchyNode, Base> forecastNodes(List<HierarchyNode> nodes, Hierarchy hierarchy,
			Map<SeriesKey, double[]> observed, Map<SeriesKey, double[]> adjusted, ExecutorService workers,
			int parallelism, RunProgress progress) throws InterruptedException {
		ExecutorCompletionService<Base> completion = new ExecutorCompletionService<>(workers);
		List<Future<Base>> submitted = new ArrayList<>(nodes.size());
		Map<HierarchyNode, Base> bases = new HashMap<>();
		AtomicInteger done = new AtomicInteger();
		int total = nodes.size();
		int inFlight = 0;
		try {
			for (HierarchyNode node : nodes) {
				// Bounded in flight: a run never floods the shared workers' queue, so
				// other tenants' runs and batch requests interleave.
				if (inFlight == parallelism) {
					collect(completion.take(), bases, done, total, progress);
					inFlight--;
				}
				submitted.add(completion.submit(() -> forecastNode(node, hierarchy, observed, adjusted)));
				inFlight++;
			}
			while (inFlight > 0) {
				collect(completion.take(), bases, done, total, progress);
				inFlight--;
			}
			return bases;
		}
		finally {
			submitted.forEach((future) -> future.cancel(true));
		}
	}

	private static void collect(Future<Base> future, Map<HierarchyNode, Base> bases, AtomicInteger done, int total,
			RunProgress progress) throws InterruptedException {
		Base base;
		try {
			base = future.get();
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Forecasting a series failed: " + ex.getCause(), ex.getCause());
		}
		bases.put(base.node(), base);
		progress.seriesDone(done.incrementAndGet(), total);
	}

	private Base forecastNode(HierarchyNode node, Hierarchy hierarchy, Map<SeriesKey, double[]> observed,
			Map<SeriesKey, double[]> adjusted) {
		double[] nodeObserved = hierarchy.aggregate(node, observed);
		double[] nodeAdjusted = hierarchy.aggregate(node, adjusted);
		int firstWeek = 0;
		// A series forecast from analogues has fitted values before its own first sale.
		while (firstWeek < nodeObserved.length - 1 && nodeObserved[firstWeek] <= 0 && nodeAdjusted[firstWeek] <= 0) {
			firstWeek++;
		}
		double[] fitted = Arrays.copyOfRange(nodeAdjusted, firstWeek, nodeAdjusted.length);
		int seasonLength = Frequency.WEEKLY.seasonLengthFor(fitted.length);
		TimeSeries series = new TimeSeries(fitted, seasonLength);
		Forecast forecast = this.engine.forecast(series, this.settings.horizon(), ModelChoice.AUTO, RunSettings.LEVELS);
		Map<String, AccuracyMetrics> accuracy = (node.level() == HierarchyNode.Level.BOTTOM) ? backtest(series)
				: Map.of();
		return new Base(node, firstWeek, nodeObserved, nodeAdjusted, seasonLength, forecast, accuracy);
	}

	/**
	 * Rolling-origin accuracy of the automatic model and the naive baselines on the same
	 * origins; none when too short for one origin with enough history before it.
	 */
	private Map<String, AccuracyMetrics> backtest(TimeSeries series) {
		int horizon = Math.min(this.settings.backtestHorizon(), series.length() / 3);
		if (horizon < 1 || series.length() - horizon < RunSettings.MIN_BACKTEST_HISTORY) {
			return Map.of();
		}
		int windows = Math.min(this.settings.backtestWindows(),
				(series.length() - RunSettings.MIN_BACKTEST_HISTORY) / horizon);
		BacktestSettings backtest = new BacktestSettings(Math.max(1, windows), horizon, horizon, RunSettings.LEVELS);
		Map<String, AccuracyMetrics> accuracy = new LinkedHashMap<>();
		accuracy.put(SeriesResult.AUTO, Backtest.run(series,
				(history, h, levels) -> this.engine.forecast(history, h, ModelChoice.AUTO, levels), backtest));
		accuracy.put(SeriesResult.NAIVE, Backtest.run(series,
				(history, h, levels) -> this.engine.forecast(history, h, ModelChoice.NAIVE, levels), backtest));
		if (series.seasonLength() > 1) {
			accuracy.put(SeriesResult.SEASONAL_NAIVE, Backtest.run(series,
					(history, h, levels) -> this.engine.forecast(history, h, ModelChoice.SNAIVE, levels), backtest));
		}
		return accuracy;
	}

	/** A node's base (unreconciled) forecast with what it was fitted on. */
	private record Base(HierarchyNode node, int firstWeek, double[] observed, double[] adjusted, int seasonLength,
			Forecast forecast, Map<String, AccuracyMetrics> accuracy) {
	}

}
