package io.sentia.forecasting.engine.intermittent;

/**
 * Classifies a series as intermittent: never negative, and at least 30% of periods
 * without demand (near the Syntetos–Boylan average inter-demand interval cut-off of 1.32,
 * which is 24% zeros).
 */
public final class IntermittentDemand {

	static final double ZERO_SHARE_THRESHOLD = 0.3;

	private IntermittentDemand() {
	}

	public static boolean isIntermittent(double[] y) {
		int zeros = 0;
		for (double v : y) {
			if (v < 0) {
				return false;
			}
			if (v == 0) {
				zeros++;
			}
		}
		return y.length >= 4 && zeros >= ZERO_SHARE_THRESHOLD * y.length && zeros < y.length;
	}

}
