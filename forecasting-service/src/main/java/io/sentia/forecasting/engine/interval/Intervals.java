package io.sentia.forecasting.engine.interval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.hipparchus.distribution.continuous.NormalDistribution;

import io.sentia.forecasting.engine.PredictionInterval;

/**
 * Turns forecast distributions into central prediction intervals.
 */
public final class Intervals {

	private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

	private Intervals() {
	}

	/**
	 * Upper quantile of the standard normal for a central interval of {@code level}
	 * percent.
	 */
	public static double normalQuantile(double level) {
		return STANDARD_NORMAL.inverseCumulativeProbability(0.5 + level / 200.0);
	}

	/** Intervals point ± z·sd per step, assuming Gaussian forecast errors. */
	public static List<PredictionInterval> gaussian(double[] point, double[] sd, double[] levels) {
		List<PredictionInterval> intervals = new ArrayList<>(levels.length);
		for (double level : levels) {
			double z = normalQuantile(level);
			double[] lower = new double[point.length];
			double[] upper = new double[point.length];
			for (int h = 0; h < point.length; h++) {
				lower[h] = point[h] - z * sd[h];
				upper[h] = point[h] + z * sd[h];
			}
			intervals.add(new PredictionInterval(level, lower, upper));
		}
		return intervals;
	}

	/**
	 * Intervals from the empirical quantiles of simulated future values;
	 * {@code paths[i][h]} is the value of path i at step h.
	 */
	public static List<PredictionInterval> fromSamplePaths(double[][] paths, double[] levels) {
		int horizon = paths[0].length;
		double[][] sortedByStep = new double[horizon][paths.length];
		for (int h = 0; h < horizon; h++) {
			for (int i = 0; i < paths.length; i++) {
				sortedByStep[h][i] = paths[i][h];
			}
			Arrays.sort(sortedByStep[h]);
		}
		List<PredictionInterval> intervals = new ArrayList<>(levels.length);
		for (double level : levels) {
			double tail = (1 - level / 100.0) / 2;
			double[] lower = new double[horizon];
			double[] upper = new double[horizon];
			for (int h = 0; h < horizon; h++) {
				lower[h] = quantile(sortedByStep[h], tail);
				upper[h] = quantile(sortedByStep[h], 1 - tail);
			}
			intervals.add(new PredictionInterval(level, lower, upper));
		}
		return intervals;
	}

	/** Quantile of sorted values with linear interpolation (R type 7). */
	public static double quantile(double[] sorted, double p) {
		if (sorted.length == 1) {
			return sorted[0];
		}
		double position = p * (sorted.length - 1);
		int below = (int) Math.floor(position);
		int above = Math.min(below + 1, sorted.length - 1);
		double weight = position - below;
		return sorted[below] * (1 - weight) + sorted[above] * weight;
	}

	/**
	 * Widens each interval about the point forecast by {@code factor} (at least 1 leaves
	 * it as wide or wider).
	 */
	public static List<PredictionInterval> scaled(double[] point, List<PredictionInterval> intervals,
			double[] factorPerStep) {
		List<PredictionInterval> out = new ArrayList<>(intervals.size());
		for (PredictionInterval interval : intervals) {
			double[] lower = new double[point.length];
			double[] upper = new double[point.length];
			for (int h = 0; h < point.length; h++) {
				double factor = factorPerStep[Math.min(h, factorPerStep.length - 1)];
				lower[h] = point[h] - factor * (point[h] - interval.lower(h));
				upper[h] = point[h] + factor * (interval.upper(h) - point[h]);
			}
			out.add(new PredictionInterval(interval.level(), lower, upper));
		}
		return out;
	}

	/**
	 * Makes intervals usable whatever produced them: each contains the point forecast, a
	 * wider level contains every narrower one, and with {@code nonNegative} nothing goes
	 * below zero.
	 */
	public static List<PredictionInterval> repaired(double[] point, List<PredictionInterval> intervals,
			boolean nonNegative) {
		Integer[] order = new Integer[intervals.size()];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> Double.compare(intervals.get(a).level(), intervals.get(b).level()));
		PredictionInterval[] out = new PredictionInterval[intervals.size()];
		double[] innerLower = point.clone();
		double[] innerUpper = point.clone();
		for (int index : order) {
			PredictionInterval interval = intervals.get(index);
			double[] lower = new double[point.length];
			double[] upper = new double[point.length];
			for (int h = 0; h < point.length; h++) {
				lower[h] = Math.min(interval.lower(h), innerLower[h]);
				upper[h] = Math.max(interval.upper(h), innerUpper[h]);
				if (nonNegative) {
					lower[h] = Math.max(0, lower[h]);
				}
			}
			innerLower = lower;
			innerUpper = upper;
			out[index] = new PredictionInterval(interval.level(), lower, upper);
		}
		return List.of(out);
	}

}
