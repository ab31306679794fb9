package io.sentia.forecasting.engine.arima;

import io.sentia.forecasting.engine.FittedModel;
import io.sentia.forecasting.engine.Forecast;
import io.sentia.forecasting.engine.interval.Intervals;

/**
 * A fitted seasonal ARIMA model. Forecasts run the undifferenced recursion
 * φ(B)Φ(B^m)(1−B)^d(1−B^m)^D y_t = c + θ(B)Θ(B^m) e_t forward; interval widths come from
 * its psi weights.
 */
public final class ArimaModel implements FittedModel {

	private final ArimaOrder order;

	private final double[] y;

	private final Coefficients coefficients;

	private final double[] residuals;

	private final double sigma2;

	private final double logLikelihood;

	private final int effectiveObservations;

	/** Full AR operator including differencing, dense: 1 + Σ full[i]·B^i. */
	private final double[] fullAr;

	private final double constant;

	ArimaModel(ArimaOrder order, double[] y, Coefficients coefficients, double[] residuals, double sigma2,
			double logLikelihood, int effectiveObservations) {
		this.order = order;
		this.y = y;
		this.coefficients = coefficients;
		this.residuals = residuals;
		this.sigma2 = sigma2;
		this.logLikelihood = logLikelihood;
		this.effectiveObservations = effectiveObservations;
		this.fullAr = Polynomials.multiply(coefficients.arOperator(),
				Polynomials.differencing(order.d(), order.seasonalD(), order.period()));
		double arAtOne = 0;
		for (double c : coefficients.arOperator()) {
			arAtOne += c;
		}
		this.constant = coefficients.mean() * arAtOne;
	}

	public ArimaOrder order() {
		return this.order;
	}

	/** Non-seasonal AR coefficients. */
	public double[] ar() {
		return this.coefficients.ar().clone();
	}

	/** Non-seasonal MA coefficients. */
	public double[] ma() {
		return this.coefficients.ma().clone();
	}

	/** The mean (undifferenced) or drift per period (differenced once). */
	public double mean() {
		return this.coefficients.mean();
	}

	public double sigma2() {
		return this.sigma2;
	}

	@Override
	public String name() {
		return this.order.label();
	}

	@Override
	public double aicc() {
		int n = this.effectiveObservations;
		int k = this.order.coefficientCount() + 1;
		if (n - k - 1 <= 0) {
			return Double.POSITIVE_INFINITY;
		}
		return -2 * this.logLikelihood + 2.0 * k + 2.0 * k * (k + 1) / (n - k - 1);
	}

	@Override
	public double[] pointForecast(int horizon) {
		int n = this.y.length;
		double[] extended = new double[n + horizon];
		System.arraycopy(this.y, 0, extended, 0, n);
		double[] ma = this.coefficients.maOperator();
		for (int h = 0; h < horizon; h++) {
			int t = n + h;
			double value = this.constant;
			for (int i = 1; i < this.fullAr.length; i++) {
				if (t - i >= 0) {
					value -= this.fullAr[i] * extended[t - i];
				}
			}
			for (int j = h + 1; j < ma.length; j++) {
				if (t - j >= 0) {
					value += ma[j] * this.residuals[t - j];
				}
			}
			extended[t] = value;
		}
		double[] point = new double[horizon];
		System.arraycopy(extended, n, point, 0, horizon);
		return point;
	}

	@Override
	public Forecast forecast(int horizon, double[] levels) {
		double[] point = pointForecast(horizon);
		double[] psi = psiWeights(horizon);
		double[] sd = new double[horizon];
		double sum = 0;
		for (int h = 0; h < horizon; h++) {
			sum += psi[h] * psi[h];
			sd[h] = Math.sqrt(this.sigma2 * sum);
		}
		return new Forecast(name(), point, Intervals.gaussian(point, sd, levels));
	}

	/**
	 * ψ_0 = 1, ψ_j = θ_j − Σ_{i=1..j} full_i ψ_{j−i}: the effect of one shock j steps
	 * later.
	 */
	private double[] psiWeights(int horizon) {
		double[] ma = this.coefficients.maOperator();
		double[] psi = new double[horizon];
		psi[0] = 1;
		for (int j = 1; j < horizon; j++) {
			double value = j < ma.length ? ma[j] : 0;
			for (int i = 1; i <= j && i < this.fullAr.length; i++) {
				value -= this.fullAr[i] * psi[j - i];
			}
			psi[j] = value;
		}
		return psi;
	}

}
