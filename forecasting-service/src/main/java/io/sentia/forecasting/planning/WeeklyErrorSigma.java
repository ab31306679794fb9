package io.sentia.forecasting.planning;

import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * The spread of one week's forecast error, read back from the forecast's own central
 * prediction interval, so safety stock uses the same uncertainty the forecast reports.
 */
public final class WeeklyErrorSigma {

	private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

	private WeeklyErrorSigma() {
	}

	/**
	 * Sigma such that {@code point + z·sigma = upper} for a central interval of
	 * {@code levelPercent} percent (e.g. 95).
	 */
	public static double fromCentralInterval(double point, double upper, double levelPercent) {
		if (!(levelPercent > 0 && levelPercent < 100)) {
			throw new IllegalArgumentException("interval level must lie strictly between 0 and 100: " + levelPercent);
		}
		if (!Double.isFinite(point) || !Double.isFinite(upper) || upper < point) {
			throw new IllegalArgumentException("upper bound " + upper + " must be finite and not below point " + point);
		}
		double z = STANDARD_NORMAL.inverseCumulativeProbability(0.5 + levelPercent / 200.0);
		return (upper - point) / z;
	}

}
