package io.sentia.forecasting.engine.arima;

import java.util.Arrays;
import java.util.Optional;

import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.SimpleValueChecker;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.hipparchus.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * Conditional-sum-of-squares estimation of one ARIMA order. AR and MA polynomials are
 * parametrised by their partial autocorrelations through tanh, so every point the
 * optimiser visits is stationary and invertible.
 */
public final class ArimaEstimator {

	private static final int MAX_EVALUATIONS = 600;

	private static final double INFEASIBLE = 1e100;

	private ArimaEstimator() {
	}

	/** Empty when the differenced series is too short for the order. */
	public static Optional<ArimaModel> fit(double[] y, ArimaOrder order) {
		double[] w = Polynomials.apply(Polynomials.differencing(order.d(), order.seasonalD(), order.period()), y);
		int arLag = order.p() + order.seasonalP() * order.period();
		int used = w.length - arLag;
		if (used < order.coefficientCount() + 3) {
			return Optional.empty();
		}
		Layout layout = new Layout(order);
		double mean = 0;
		for (double v : w) {
			mean += v;
		}
		mean /= w.length;
		double[] start = new double[layout.size];
		double[] steps = new double[layout.size];
		Arrays.fill(steps, 0.3);
		if (order.constant()) {
			start[layout.size - 1] = mean;
			// A constant series has no spread to size the step by; the floor is relative
			// to
			// its level, so the search (and the forecast) scales with the data, and an
			// all-zero series keeps a mean of zero to within a subnormal.
			double floor = 1e-6 * Math.max(Math.abs(mean), Double.MIN_NORMAL);
			steps[layout.size - 1] = 0.1 * Math.max(standardDeviation(w, mean), floor);
		}
		double[] best = start;
		if (layout.size > 0) {
			double[] bestPoint = start.clone();
			double[] bestValue = { objective(w, layout, start, arLag) };
			ObjectiveFunction function = new ObjectiveFunction((x) -> {
				double value = objective(w, layout, x, arLag);
				if (value < bestValue[0]) {
					bestValue[0] = value;
					System.arraycopy(x, 0, bestPoint, 0, x.length);
				}
				return value;
			});
			try {
				new SimplexOptimizer(new SimpleValueChecker(1e-7, 1e-9)).optimize(new MaxEval(MAX_EVALUATIONS),
						function, GoalType.MINIMIZE, new InitialGuess(start), new NelderMeadSimplex(steps));
			}
			catch (MathIllegalStateException ex) {
				// Evaluation cap reached: no series may take seconds; bestPoint holds the
				// best seen.
			}
			if (!(bestValue[0] < INFEASIBLE)) {
				return Optional.empty();
			}
			best = bestPoint;
		}
		Coefficients coefficients = layout.coefficients(best);
		double[] residuals = new double[w.length];
		double sse = sumOfSquares(w, coefficients, arLag, residuals);
		double sigma2 = sse / used;
		double logLikelihood = -0.5 * w.length * (Math.log(2 * Math.PI * sigma2) + 1);
		double[] alignedResiduals = new double[y.length];
		System.arraycopy(residuals, 0, alignedResiduals, order.differencingLoss(), residuals.length);
		double varianceForIntervals = sse / Math.max(1, used - order.coefficientCount());
		return Optional.of(new ArimaModel(order, y, coefficients, alignedResiduals, varianceForIntervals, logLikelihood,
				w.length));
	}

	private static double objective(double[] w, Layout layout, double[] x, int arLag) {
		double sse = sumOfSquares(w, layout.coefficients(x), arLag, null);
		double value = Math.log(sse);
		return Double.isFinite(value) ? value : INFEASIBLE;
	}

	/**
	 * Residuals e_t = φ(B)Φ(B^m)(w_t − μ) − (θ(B)Θ(B^m) − 1)e_t, conditioned on the first
	 * AR lags.
	 */
	static double sumOfSquares(double[] w, Coefficients c, int arLag, double[] residualsOut) {
		int[] arLags = c.arLags();
		double[] arCoefficients = c.arCoefficients();
		int[] maLags = c.maLags();
		double[] maCoefficients = c.maCoefficients();
		double mu = c.mean();
		double[] e = residualsOut != null ? residualsOut : new double[w.length];
		double sse = 0;
		for (int t = arLag; t < w.length; t++) {
			double value = w[t] - mu;
			for (int i = 0; i < arLags.length; i++) {
				value += arCoefficients[i] * (w[t - arLags[i]] - mu);
			}
			for (int j = 0; j < maLags.length; j++) {
				int lag = maLags[j];
				if (t - lag >= arLag) {
					value -= maCoefficients[j] * e[t - lag];
				}
			}
			e[t] = value;
			sse += value * value;
		}
		return sse;
	}

	private static double standardDeviation(double[] w, double mean) {
		double sum = 0;
		for (double v : w) {
			sum += (v - mean) * (v - mean);
		}
		return Math.sqrt(sum / Math.max(1, w.length - 1));
	}

	/** Where each coefficient sits in the optimiser's vector. */
	private static final class Layout {

		private final ArimaOrder order;

		private final int size;

		Layout(ArimaOrder order) {
			this.order = order;
			this.size = order.coefficientCount();
		}

		Coefficients coefficients(double[] x) {
			int at = 0;
			double[] ar = Polynomials.fromPartialAutocorrelations(tanh(x, at, this.order.p()));
			at += this.order.p();
			double[] ma = negated(Polynomials.fromPartialAutocorrelations(tanh(x, at, this.order.q())));
			at += this.order.q();
			double[] seasonalAr = Polynomials.fromPartialAutocorrelations(tanh(x, at, this.order.seasonalP()));
			at += this.order.seasonalP();
			double[] seasonalMa = negated(Polynomials.fromPartialAutocorrelations(tanh(x, at, this.order.seasonalQ())));
			at += this.order.seasonalQ();
			double mean = this.order.constant() ? x[at] : 0;
			return Coefficients.of(ar, ma, seasonalAr, seasonalMa, mean, this.order.period());
		}

		private static double[] tanh(double[] x, int from, int count) {
			double[] out = new double[count];
			for (int i = 0; i < count; i++) {
				out[i] = Math.tanh(x[from + i]);
			}
			return out;
		}

		private static double[] negated(double[] a) {
			for (int i = 0; i < a.length; i++) {
				a[i] = -a[i];
			}
			return a;
		}

	}

}
