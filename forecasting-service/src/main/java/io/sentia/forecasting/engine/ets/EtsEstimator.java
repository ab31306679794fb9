package io.sentia.forecasting.engine.ets;

import java.util.Optional;

import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.SimpleValueChecker;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.hipparchus.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

import io.sentia.forecasting.engine.TimeSeries;
import io.sentia.forecasting.engine.seasonality.ClassicalDecomposition;

/**
 * Maximum-likelihood estimation of one ETS structure: Nelder–Mead over the smoothing
 * parameters and the initial level and slope; initial seasonal states come from a
 * classical decomposition (fitting them too would multiply the cost for little gain on
 * long cycles).
 */
public final class EtsEstimator {

	private static final double LOWER = 1e-4;

	private static final double UPPER = 0.9999;

	private static final double PHI_LOWER = 0.8;

	private static final double PHI_UPPER = 0.98;

	private static final double INFEASIBLE = 1e100;

	private static final int MAX_EVALUATIONS = 1200;

	private EtsEstimator() {
	}

	/**
	 * Fits the structure by maximum likelihood; empty when the data cannot support it
	 * (too short, or not positive for a multiplicative component).
	 */
	public static Optional<EtsModel> fit(TimeSeries series, EtsSpec spec) {
		double[] y = series.values();
		int n = y.length;
		int m = series.seasonLength();
		if (spec.isSeasonal() && !series.hasTwoSeasons()) {
			return Optional.empty();
		}
		if (spec.needsPositiveData() && !series.allPositive()) {
			return Optional.empty();
		}
		double[] season = initialSeason(y, m, spec);
		double[] adjusted = adjusted(y, season, spec);
		double[] levelAndSlope = initialLevelAndSlope(adjusted, m, spec);
		Layout layout = new Layout(spec);
		if (n <= layout.size() + (spec.isSeasonal() ? m - 1 : 0) + 2) {
			return Optional.empty();
		}
		double[] start = layout.start(spec, m, levelAndSlope);
		double scale = TimeSeries.unitScale(y);
		double[] steps = layout.steps(scale);

		double[] bestPoint = start.clone();
		double[] bestValue = { objective(y, m, spec, layout, start, season) };
		ObjectiveFunction function = new ObjectiveFunction((x) -> {
			double value = objective(y, m, spec, layout, x, season);
			if (value < bestValue[0]) {
				bestValue[0] = value;
				System.arraycopy(x, 0, bestPoint, 0, x.length);
			}
			return value;
		});
		SimplexOptimizer optimizer = new SimplexOptimizer(new SimpleValueChecker(1e-8, 1e-10));
		try {
			optimizer.optimize(new MaxEval(MAX_EVALUATIONS), function, GoalType.MINIMIZE, new InitialGuess(start),
					new NelderMeadSimplex(steps));
		}
		catch (MathIllegalStateException ex) {
			// Evaluation budget spent: keep the best point seen, which bestPoint tracks.
		}
		if (!(bestValue[0] < INFEASIBLE)) {
			return Optional.empty();
		}
		return Optional.of(evaluate(y, m, spec, layout.parameters(bestPoint), layout.level(bestPoint),
				layout.slope(bestPoint), season, layout.size() + (spec.isSeasonal() ? m - 1 : 0) + 1));
	}

	/**
	 * Runs the model with given parameters and initial states, without estimation; the
	 * parameter count for AICc assumes smoothing parameters and initial states were
	 * estimated.
	 */
	public static EtsModel withParameters(TimeSeries series, EtsSpec spec, EtsParameters parameters,
			double initialLevel, double initialSlope, double[] initialSeason) {
		int m = series.seasonLength();
		int estimated = 1 + (spec.hasTrend() ? 2 : 0) + (spec.isSeasonal() ? 1 + m - 1 : 0)
				+ (spec.trend() == EtsSpec.Trend.DAMPED ? 1 : 0) + 1 + 1;
		return evaluate(series.values(), m, spec, parameters, initialLevel, initialSlope,
				spec.isSeasonal() ? initialSeason : new double[] { 0 }, estimated);
	}

	private static EtsModel evaluate(double[] y, int m, EtsSpec spec, EtsParameters parameters, double level,
			double slope, double[] season, int parameterCount) {
		int n = y.length;
		EtsState state = new EtsState(spec, m, parameters, level, slope, season);
		double[] fitted = new double[n];
		double sse = 0;
		double sumLog = 0;
		boolean multiplicative = spec.error() == EtsSpec.Error.MULTIPLICATIVE;
		for (int t = 0; t < n; t++) {
			double mean = state.mean();
			fitted[t] = mean;
			double e = multiplicative ? (y[t] - mean) / mean : y[t] - mean;
			if (multiplicative) {
				sumLog += Math.log(Math.abs(mean));
			}
			sse += e * e;
			state.update(y[t]);
		}
		double logLikelihood = -0.5 * n * (Math.log(2 * Math.PI * sse / n) + 1) - sumLog;
		double sigma2 = sse / Math.max(1, n - parameterCount);
		return new EtsModel(spec, m, parameters, state, fitted, sigma2, logLikelihood, parameterCount);
	}

	/**
	 * −2 log-likelihood, or a huge value outside the parameter space or for unstable
	 * states.
	 */
	private static double objective(double[] y, int m, EtsSpec spec, Layout layout, double[] x, double[] season) {
		if (!layout.feasible(x)) {
			return INFEASIBLE;
		}
		EtsState state = new EtsState(spec, m, layout.parameters(x), layout.level(x), layout.slope(x), season);
		boolean multiplicative = spec.error() == EtsSpec.Error.MULTIPLICATIVE;
		double sse = 0;
		double sumLog = 0;
		for (double v : y) {
			double mean = state.mean();
			double e;
			if (multiplicative) {
				if (!(mean > 1e-10)) {
					return INFEASIBLE;
				}
				e = (v - mean) / mean;
				sumLog += Math.log(mean);
			}
			else {
				e = v - mean;
			}
			sse += e * e;
			if (!state.update(v)) {
				return INFEASIBLE;
			}
		}
		int n = y.length;
		double value = n * Math.log(2 * Math.PI * sse / n) + n + 2 * sumLog;
		return Double.isFinite(value) ? value : INFEASIBLE;
	}

	private static double[] initialSeason(double[] y, int m, EtsSpec spec) {
		if (!spec.isSeasonal()) {
			return new double[] { 0 };
		}
		ClassicalDecomposition decomposition = spec.season() == EtsSpec.Season.MULTIPLICATIVE
				? ClassicalDecomposition.multiplicative(y, m) : ClassicalDecomposition.additive(y, m);
		return decomposition.indices();
	}

	private static double[] adjusted(double[] y, double[] season, EtsSpec spec) {
		double[] out = y.clone();
		if (spec.isSeasonal()) {
			for (int t = 0; t < y.length; t++) {
				out[t] = spec.season() == EtsSpec.Season.MULTIPLICATIVE ? y[t] / season[t % season.length]
						: y[t] - season[t % season.length];
			}
		}
		return out;
	}

	/**
	 * Level (and slope) from a line through the first few adjusted values, as Hyndman et
	 * al.
	 */
	private static double[] initialLevelAndSlope(double[] adjusted, int m, EtsSpec spec) {
		int k = Math.min(Math.max(10, 2 * m), adjusted.length);
		if (!spec.hasTrend()) {
			double mean = 0;
			for (int t = 0; t < k; t++) {
				mean += adjusted[t];
			}
			return new double[] { mean / k, 0 };
		}
		double meanT = (k - 1) / 2.0;
		double meanY = 0;
		for (int t = 0; t < k; t++) {
			meanY += adjusted[t];
		}
		meanY /= k;
		double sxy = 0;
		double sxx = 0;
		for (int t = 0; t < k; t++) {
			sxy += (t - meanT) * (adjusted[t] - meanY);
			sxx += (t - meanT) * (t - meanT);
		}
		double slope = sxx > 0 ? sxy / sxx : 0;
		// The regression line at t = -1 is the state before the first observation.
		return new double[] { meanY - slope * (meanT + 1), slope };
	}

	/** Where each estimated quantity sits in the optimiser's vector. */
	private static final class Layout {

		private final int beta;

		private final int gamma;

		private final int phi;

		private final int level;

		private final int slope;

		private final int size;

		Layout(EtsSpec spec) {
			int next = 1;
			this.beta = spec.hasTrend() ? next++ : -1;
			this.gamma = spec.isSeasonal() ? next++ : -1;
			this.phi = spec.trend() == EtsSpec.Trend.DAMPED ? next++ : -1;
			this.level = next++;
			this.slope = spec.hasTrend() ? next++ : -1;
			this.size = next;
		}

		int size() {
			return this.size;
		}

		double[] start(EtsSpec spec, int m, double[] levelAndSlope) {
			double[] x = new double[this.size];
			double alpha = spec.isSeasonal() ? 0.2 / Math.min(m, 12) + 0.05 : 0.3;
			x[0] = alpha;
			if (this.beta >= 0) {
				x[this.beta] = 0.1 * alpha;
			}
			if (this.gamma >= 0) {
				x[this.gamma] = 0.05 * (1 - alpha);
			}
			if (this.phi >= 0) {
				x[this.phi] = 0.95;
			}
			x[this.level] = levelAndSlope[0];
			if (this.slope >= 0) {
				x[this.slope] = levelAndSlope[1];
			}
			return x;
		}

		double[] steps(double scale) {
			double[] steps = new double[this.size];
			steps[0] = 0.1;
			if (this.beta >= 0) {
				steps[this.beta] = 0.02;
			}
			if (this.gamma >= 0) {
				steps[this.gamma] = 0.05;
			}
			if (this.phi >= 0) {
				steps[this.phi] = 0.02;
			}
			steps[this.level] = 0.1 * scale;
			if (this.slope >= 0) {
				steps[this.slope] = 0.01 * scale;
			}
			return steps;
		}

		boolean feasible(double[] x) {
			double alpha = x[0];
			if (!(alpha >= LOWER && alpha <= UPPER)) {
				return false;
			}
			if (this.beta >= 0 && !(x[this.beta] >= LOWER && x[this.beta] <= alpha)) {
				return false;
			}
			if (this.gamma >= 0 && !(x[this.gamma] >= LOWER && x[this.gamma] <= 1 - alpha)) {
				return false;
			}
			return this.phi < 0 || (x[this.phi] >= PHI_LOWER && x[this.phi] <= PHI_UPPER);
		}

		EtsParameters parameters(double[] x) {
			return new EtsParameters(x[0], this.beta >= 0 ? x[this.beta] : 0, this.gamma >= 0 ? x[this.gamma] : 0,
					this.phi >= 0 ? x[this.phi] : 1);
		}

		double level(double[] x) {
			return x[this.level];
		}

		double slope(double[] x) {
			return this.slope >= 0 ? x[this.slope] : 0;
		}

	}

}
