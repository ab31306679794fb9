package io.sentia.forecasting.engine.hierarchy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.sentia.forecasting.engine.Forecast;
import io.sentia.forecasting.engine.PredictionInterval;

/**
 * Makes base forecasts of every node coherent. Least-squares methods solve (SᵀW⁻¹S) b =
 * SᵀW⁻¹ŷ for the bottom forecasts b by conjugate gradients, using group sums instead of
 * the matrix, so thousands of bottom series cost milliseconds. Each node keeps its base
 * interval's distances from the point, moved to the reconciled point.
 */
public final class Reconciler {

	private static final int MAX_ITERATIONS = 200;

	private Reconciler() {
	}

	public static Map<HierarchyNode, Forecast> reconcile(Hierarchy hierarchy, Map<HierarchyNode, Forecast> base,
			ReconciliationMethod method, boolean nonNegative) {
		for (HierarchyNode node : hierarchy.nodes()) {
			if (!base.containsKey(node)) {
				throw new IllegalArgumentException("no base forecast for " + node);
			}
		}
		List<SeriesKey> bottoms = hierarchy.bottoms();
		int horizon = base.get(hierarchy.nodes().get(0)).horizon();
		double[][] bottomPoints = new double[bottoms.size()][horizon];
		for (int h = 0; h < horizon; h++) {
			double[] solution = switch (method) {
				case BOTTOM_UP -> bottomUp(hierarchy, base, h);
				case OLS -> leastSquares(hierarchy, base, h, false);
				case WLS_STRUCTURAL -> leastSquares(hierarchy, base, h, true);
			};
			for (int i = 0; i < solution.length; i++) {
				// Clamping the bottom and summing up again keeps coherence for
				// non-negative demand.
				bottomPoints[i][h] = nonNegative ? Math.max(0, solution[i]) : solution[i];
			}
		}
		Map<SeriesKey, double[]> bottomMap = new HashMap<>();
		for (int i = 0; i < bottoms.size(); i++) {
			bottomMap.put(bottoms.get(i), bottomPoints[i]);
		}
		Map<HierarchyNode, Forecast> out = new LinkedHashMap<>();
		for (HierarchyNode node : hierarchy.nodes()) {
			double[] point = hierarchy.aggregate(node, bottomMap);
			out.put(node, shifted(base.get(node), point, nonNegative));
		}
		return out;
	}

	private static double[] bottomUp(Hierarchy hierarchy, Map<HierarchyNode, Forecast> base, int h) {
		List<SeriesKey> bottoms = hierarchy.bottoms();
		double[] out = new double[bottoms.size()];
		for (int i = 0; i < out.length; i++) {
			out[i] = base.get(HierarchyNode.bottom(bottoms.get(i))).point(h);
		}
		return out;
	}

	private static double[] leastSquares(Hierarchy hierarchy, Map<HierarchyNode, Forecast> base, int h,
			boolean structuralWeights) {
		Groups groups = new Groups(hierarchy, structuralWeights);
		List<SeriesKey> bottoms = hierarchy.bottoms();
		double total = base.get(HierarchyNode.total()).point(h);
		double[] rhs = new double[groups.size];
		for (int i = 0; i < rhs.length; i++) {
			SeriesKey key = bottoms.get(i);
			rhs[i] = groups.totalWeight * total
					+ groups.skuWeight[groups.skuOf[i]] * base.get(HierarchyNode.sku(key.sku())).point(h)
					+ groups.regionWeight[groups.regionOf[i]] * base.get(HierarchyNode.region(key.region())).point(h)
					+ base.get(HierarchyNode.bottom(key)).point(h);
		}
		return conjugateGradient(groups, rhs);
	}

	private static double[] conjugateGradient(Groups groups, double[] rhs) {
		int b = rhs.length;
		double[] x = new double[b];
		double[] r = rhs.clone();
		double[] p = r.clone();
		double rr = dot(r, r);
		double tolerance = 1e-24 * Math.max(1, dot(rhs, rhs));
		for (int iteration = 0; iteration < MAX_ITERATIONS && rr > tolerance; iteration++) {
			double[] ap = groups.apply(p);
			double step = rr / dot(p, ap);
			for (int i = 0; i < b; i++) {
				x[i] += step * p[i];
				r[i] -= step * ap[i];
			}
			double next = dot(r, r);
			for (int i = 0; i < b; i++) {
				p[i] = r[i] + (next / rr) * p[i];
			}
			rr = next;
		}
		return x;
	}

	private static double dot(double[] a, double[] b) {
		double sum = 0;
		for (int i = 0; i < a.length; i++) {
			sum += a[i] * b[i];
		}
		return sum;
	}

	private static Forecast shifted(Forecast base, double[] point, boolean nonNegative) {
		List<PredictionInterval> intervals = new ArrayList<>();
		for (PredictionInterval interval : base.intervals()) {
			double[] lower = new double[point.length];
			double[] upper = new double[point.length];
			for (int h = 0; h < point.length; h++) {
				double shift = point[h] - base.point(h);
				lower[h] = Math.min(point[h], interval.lower(h) + shift);
				upper[h] = Math.max(point[h], interval.upper(h) + shift);
				if (nonNegative) {
					lower[h] = Math.max(0, lower[h]);
				}
			}
			intervals.add(new PredictionInterval(interval.level(), lower, upper));
		}
		return new Forecast(base.model(), point, intervals);
	}

	/**
	 * SᵀW⁻¹S as group sums: (SᵀW⁻¹S x)_i = Σ over nodes containing bottom i of w_node ·
	 * (sum of x over that node's bottoms).
	 */
	private static final class Groups {

		private final int size;

		private final int[] skuOf;

		private final int[] regionOf;

		private final double[] skuWeight;

		private final double[] regionWeight;

		private final double totalWeight;

		Groups(Hierarchy hierarchy, boolean structural) {
			List<SeriesKey> bottoms = hierarchy.bottoms();
			this.size = bottoms.size();
			Map<String, Integer> skus = new HashMap<>();
			Map<String, Integer> regions = new HashMap<>();
			this.skuOf = new int[this.size];
			this.regionOf = new int[this.size];
			for (int i = 0; i < this.size; i++) {
				this.skuOf[i] = skus.computeIfAbsent(bottoms.get(i).sku(), (sku) -> skus.size());
				this.regionOf[i] = regions.computeIfAbsent(bottoms.get(i).region(), (region) -> regions.size());
			}
			int[] skuCounts = new int[skus.size()];
			int[] regionCounts = new int[regions.size()];
			for (int i = 0; i < this.size; i++) {
				skuCounts[this.skuOf[i]]++;
				regionCounts[this.regionOf[i]]++;
			}
			this.skuWeight = new double[skus.size()];
			this.regionWeight = new double[regions.size()];
			for (int s = 0; s < skuCounts.length; s++) {
				this.skuWeight[s] = structural ? 1.0 / skuCounts[s] : 1;
			}
			for (int g = 0; g < regionCounts.length; g++) {
				this.regionWeight[g] = structural ? 1.0 / regionCounts[g] : 1;
			}
			this.totalWeight = structural ? 1.0 / this.size : 1;
		}

		double[] apply(double[] x) {
			double total = 0;
			double[] skuSums = new double[this.skuWeight.length];
			double[] regionSums = new double[this.regionWeight.length];
			for (int i = 0; i < this.size; i++) {
				total += x[i];
				skuSums[this.skuOf[i]] += x[i];
				regionSums[this.regionOf[i]] += x[i];
			}
			double[] out = new double[this.size];
			for (int i = 0; i < this.size; i++) {
				out[i] = this.totalWeight * total + this.skuWeight[this.skuOf[i]] * skuSums[this.skuOf[i]]
						+ this.regionWeight[this.regionOf[i]] * regionSums[this.regionOf[i]] + x[i];
			}
			return out;
		}

	}

}
