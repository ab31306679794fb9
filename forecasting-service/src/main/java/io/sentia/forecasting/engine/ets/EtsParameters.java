package io.sentia.forecasting.engine.ets;

/**
 * Smoothing parameters in the innovations form: level (alpha), slope (beta, at most
 * alpha), season (gamma, at most 1 − alpha) and damping (phi; 1 when the trend is not
 * damped).
 *
 * @param alpha level smoothing
 * @param beta slope smoothing
 * @param gamma seasonal smoothing
 * @param phi damping
 */
public record EtsParameters(double alpha, double beta, double gamma, double phi) {

	public static EtsParameters simple(double alpha) {
		return new EtsParameters(alpha, 0, 0, 1);
	}

}
