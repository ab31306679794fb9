package io.sentia.forecasting.engine.ets;

import java.util.Arrays;
import java.util.SplittableRandom;

import io.sentia.forecasting.engine.FittedModel;
import io.sentia.forecasting.engine.Forecast;
import io.sentia.forecasting.engine.interval.Intervals;

/**
 * An ETS model with its parameters, initial states and the states after the last
 * observation. Intervals are analytic for the linear (all-additive) models and simulated
 * otherwise.
 */
public final class EtsModel implements FittedModel {

	private static final int SAMPLE_PATHS = 1000;

	private final EtsSpec spec;

	private final int m;

	private final EtsParameters parameters;

	private final EtsState finalState;

	private final double[] fitted;

	private final double sigma2;

	private final double logLikelihood;

	private final int parameterCount;

	EtsModel(EtsSpec spec, int m, EtsParameters parameters, EtsState finalState, double[] fitted, double sigma2,
			double logLikelihood, int parameterCount) {
		this.spec = spec;
		this.m = m;
		this.parameters = parameters;
		this.finalState = finalState;
		this.fitted = fitted;
		this.sigma2 = sigma2;
		this.logLikelihood = logLikelihood;
		this.parameterCount = parameterCount;
	}

	@Override
	public String name() {
		return "ETS(" + this.spec.code() + ")" + (this.spec.isSeasonal() ? "[" + this.m + "]" : "");
	}

	public EtsSpec spec() {
		return this.spec;
	}

	public EtsParameters parameters() {
		return this.parameters;
	}

	/** One-step-ahead in-sample forecasts, one per observation. */
	public double[] fitted() {
		return this.fitted.clone();
	}

	/** Variance of the innovations (relative errors for multiplicative-error models). */
	public double sigma2() {
		return this.sigma2;
	}

	/** Gaussian log-likelihood at the estimates, including all constants. */
	public double logLikelihood() {
		return this.logLikelihood;
	}

	/**
	 * Estimated quantities: smoothing parameters, initial states and the innovation
	 * variance.
	 */
	public int parameterCount() {
		return this.parameterCount;
	}

	@Override
	public double aicc() {
		int n = this.fitted.length;
		int k = this.parameterCount;
		if (n - k - 1 <= 0) {
			return Double.POSITIVE_INFINITY;
		}
		return -2 * this.logLikelihood + 2.0 * k + 2.0 * k * (k + 1) / (n - k - 1);
	}

	@Override
	public double[] pointForecast(int horizon) {
		double[] point = new double[horizon];
		for (int h = 1; h <= horizon; h++) {
			point[h - 1] = this.finalState.meanAhead(h);
		}
		return point;
	}

	@Override
	public Forecast forecast(int horizon, double[] levels) {
		double[] point = pointForecast(horizon);
		if (this.spec.isLinear()) {
			return new Forecast(name(), point, Intervals.gaussian(point, linearStandardDeviations(horizon), levels));
		}
		return new Forecast(name(), point, Intervals.fromSamplePaths(samplePaths(horizon), levels));
	}

	/**
	 * sd_h² = σ²(1 + Σ_{j<h} c_j²) with c_j the effect of one innovation j steps later.
	 */
	private double[] linearStandardDeviations(int horizon) {
		double alpha = this.parameters.alpha();
		double beta = this.spec.hasTrend() ? this.parameters.beta() : 0;
		double gamma = this.spec.isSeasonal() ? this.parameters.gamma() : 0;
		double phi = this.spec.trend() == EtsSpec.Trend.DAMPED ? this.parameters.phi() : 1;
		double[] sd = new double[horizon];
		double sum = 1;
		double damped = 0;
		double power = 1;
		sd[0] = Math.sqrt(this.sigma2);
		for (int j = 1; j < horizon; j++) {
			power *= phi;
			damped += power;
			double c = alpha + beta * damped + ((j % this.m == 0) ? gamma : 0);
			sum += c * c;
			sd[j] = Math.sqrt(this.sigma2 * sum);
		}
		return sd;
	}

	private double[][] samplePaths(int horizon) {
		SplittableRandom random = new SplittableRandom(0x5E471A00L + horizon);
		double sigma = Math.sqrt(this.sigma2);
		boolean multiplicativeError = this.spec.error() == EtsSpec.Error.MULTIPLICATIVE;
		double[][] paths = new double[SAMPLE_PATHS][horizon];
		for (int i = 0; i < SAMPLE_PATHS; i++) {
			EtsState state = this.finalState.copy();
			for (int h = 0; h < horizon; h++) {
				double mean = state.mean();
				double e = sigma * random.nextGaussian();
				double y = multiplicativeError ? mean * (1 + e) : mean + e;
				paths[i][h] = y;
				if (!state.update(y)) {
					Arrays.fill(paths[i], h, horizon, y);
					break;
				}
			}
		}
		return paths;
	}

}
