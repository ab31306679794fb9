package io.sentia.forecasting.engine.hierarchy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import io.sentia.forecasting.engine.Forecast;
import io.sentia.forecasting.engine.ForecastEngine;
import io.sentia.forecasting.engine.ModelChoice;
import io.sentia.forecasting.engine.PredictionInterval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ReconcilerTests {

	private static final List<String> SKUS = List.of("whisky-12", "gin", "rum", "vodka");

	private static final List<String> CHANNELS = List.of("shopify", "amazon");

	private static final List<String> REGIONS = List.of("UK", "EU", "US");

	@ParameterizedTest
	@EnumSource(ReconciliationMethod.class)
	void reconciledForecastsAddUpAtEveryLevel(ReconciliationMethod method) {
		Map<SeriesKey, double[]> history = simulate(60, new Random(8));

		Map<HierarchyNode, Forecast> forecasts = new HierarchicalForecaster(new ForecastEngine()).forecast(history, 12,
				6, ModelChoice.ETS, new double[] { 80, 95 }, method);

		Hierarchy hierarchy = new Hierarchy(history.keySet());
		Map<SeriesKey, double[]> bottomPoints = new HashMap<>();
		hierarchy.bottoms().forEach((key) -> bottomPoints.put(key, forecasts.get(HierarchyNode.bottom(key)).point()));
		for (HierarchyNode node : hierarchy.nodes()) {
			double[] sum = hierarchy.aggregate(node, bottomPoints);
			assertThat(forecasts.get(node).point()).containsExactly(sum, within(1e-9));
			PredictionInterval interval = forecasts.get(node).interval(95);
			for (int h = 0; h < 6; h++) {
				assertThat(interval.lower(h)).isLessThanOrEqualTo(sum[h]);
				assertThat(interval.upper(h)).isGreaterThanOrEqualTo(sum[h]);
			}
		}
		assertThat(forecasts)
			.hasSize(1 + SKUS.size() + REGIONS.size() + SKUS.size() * CHANNELS.size() * REGIONS.size());
	}

	@ParameterizedTest
	@EnumSource(value = ReconciliationMethod.class, names = { "OLS", "WLS_STRUCTURAL" })
	void leavesAlreadyCoherentForecastsUnchanged(ReconciliationMethod method) {
		Hierarchy hierarchy = new Hierarchy(simulate(10, new Random(1)).keySet());
		Random random = new Random(2);
		Map<SeriesKey, double[]> bottoms = new HashMap<>();
		hierarchy.bottoms().forEach((key) -> bottoms.put(key, new double[] { 10 * random.nextDouble() }));
		Map<HierarchyNode, Forecast> base = new LinkedHashMap<>();
		for (HierarchyNode node : hierarchy.nodes()) {
			double[] point = hierarchy.aggregate(node, bottoms);
			base.put(node, new Forecast("given", point, List.of()));
		}

		Map<HierarchyNode, Forecast> reconciled = Reconciler.reconcile(hierarchy, base, method, false);

		for (HierarchyNode node : hierarchy.nodes()) {
			assertThat(reconciled.get(node).point(0)).isCloseTo(base.get(node).point(0), within(1e-9));
		}
	}

	@Test
	void structuralReconciliationBeatsBottomUpWhenBottomSeriesAreNoisy() {
		// Noisy bottom series share a seasonal signal that the aggregates show clearly:
		// combining levels
		// should forecast better than summing the bottom forecasts alone. Scored over all
		// nodes.
		Random random = new Random(5);
		double bottomUpError = 0;
		double structuralError = 0;
		double baseError = 0;
		HierarchicalForecaster forecaster = new HierarchicalForecaster(new ForecastEngine());
		for (int replicate = 0; replicate < 4; replicate++) {
			Map<SeriesKey, double[]> full = simulate(72, random);
			Map<SeriesKey, double[]> history = new HashMap<>();
			full.forEach((key, values) -> history.put(key, Arrays.copyOf(values, 60)));
			Hierarchy hierarchy = new Hierarchy(full.keySet());
			Map<HierarchyNode, Forecast> bottomUp = forecaster.forecast(history, 12, 12, ModelChoice.ETS,
					new double[] { 80 }, ReconciliationMethod.BOTTOM_UP);
			Map<HierarchyNode, Forecast> structural = forecaster.forecast(history, 12, 12, ModelChoice.ETS,
					new double[] { 80 }, ReconciliationMethod.WLS_STRUCTURAL);
			for (HierarchyNode node : hierarchy.nodes()) {
				double[] actual = Arrays.copyOfRange(hierarchy.aggregate(node, full), 60, 72);
				double[] past = Arrays.copyOf(hierarchy.aggregate(node, full), 60);
				double scale = Arrays.stream(past).map(Math::abs).average().orElse(1);
				bottomUpError += meanAbsoluteError(bottomUp.get(node).point(), actual) / scale;
				structuralError += meanAbsoluteError(structural.get(node).point(), actual) / scale;
				Forecast base = new ForecastEngine().forecast(new io.sentia.forecasting.engine.TimeSeries(past, 12), 12,
						ModelChoice.ETS, new double[] { 80 });
				baseError += meanAbsoluteError(base.point(), actual) / scale;
			}
		}

		assertThat(structuralError).isLessThan(bottomUpError);
		assertThat(structuralError).isLessThan(baseError * 1.02);
	}

	private static double meanAbsoluteError(double[] forecast, double[] actual) {
		double sum = 0;
		for (int h = 0; h < actual.length; h++) {
			sum += Math.abs(forecast[h] - actual[h]);
		}
		return sum / actual.length;
	}

	/**
	 * Bottom series = share of a seasonal, trending signal plus independent Poisson-like
	 * noise.
	 */
	private static Map<SeriesKey, double[]> simulate(int n, Random random) {
		Map<SeriesKey, double[]> out = new LinkedHashMap<>();
		for (String sku : SKUS) {
			for (String channel : CHANNELS) {
				for (String region : REGIONS) {
					double share = 2 + 8 * random.nextDouble();
					double[] y = new double[n];
					for (int t = 0; t < n; t++) {
						double signal = share * (1 + 0.01 * t) * (1 + 0.5 * Math.sin(2 * Math.PI * t / 12));
						y[t] = Math.max(0, Math.round(signal + Math.sqrt(signal) * 1.5 * random.nextGaussian()));
					}
					out.put(new SeriesKey(sku, channel, region), y);
				}
			}
		}
		return out;
	}

}
