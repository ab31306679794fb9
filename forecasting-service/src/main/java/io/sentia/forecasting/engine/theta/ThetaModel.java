package io.sentia.forecasting.engine.theta;

import java.util.Optional;

import io.sentia.forecasting.engine.FittedModel;
import io.sentia.forecasting.engine.Forecast;
import io.sentia.forecasting.engine.PredictionInterval;
import io.sentia.forecasting.engine.TimeSeries;
import io.sentia.forecasting.engine.ets.EtsEstimator;
import io.sentia.forecasting.engine.ets.EtsModel;
import io.sentia.forecasting.engine.ets.EtsSpec;
import io.sentia.forecasting.engine.interval.Intervals;
import io.sentia.forecasting.engine.seasonality.ClassicalDecomposition;
import io.sentia.forecasting.engine.seasonality.SeasonalityTest;

/**
 * Theta: simple exponential smoothing of the (seasonally adjusted) series plus half the
 * slope of its linear trend, then the seasonality put back.
 */
public final class ThetaModel implements FittedModel {

	private final ClassicalDecomposition decomposition;

	private final int n;

	private final double levelForecast;

	private final double alpha;

	private final double halfSlope;

	private final double sigma;

	private ThetaModel(ClassicalDecomposition decomposition, int n, double levelForecast, double alpha,
			double halfSlope, double sigma) {
		this.decomposition = decomposition;
		this.n = n;
		this.levelForecast = levelForecast;
		this.alpha = alpha;
		this.halfSlope = halfSlope;
		this.sigma = sigma;
	}

	public static ThetaModel fit(TimeSeries series) {
		double[] y = series.values();
		int m = series.seasonLength();
		ClassicalDecomposition decomposition = null;
		if (SeasonalityTest.isSeasonal(y, m)) {
			decomposition = series.allPositive() ? ClassicalDecomposition.multiplicative(y, m)
					: ClassicalDecomposition.additive(y, m);
			y = decomposition.adjust(y);
		}
		TimeSeries adjusted = new TimeSeries(y, 1);
		int n = y.length;
		double level;
		double alpha;
		double sigma;
		Optional<EtsModel> ses = EtsEstimator.fit(adjusted, EtsSpec.parse("ANN"));
		if (ses.isPresent()) {
			level = ses.get().pointForecast(1)[0];
			alpha = Math.max(1e-10, ses.get().parameters().alpha());
			sigma = Math.sqrt(ses.get().sigma2());
		}
		else {
			// Too short to estimate smoothing: the last value and the spread of changes.
			level = y[n - 1];
			alpha = 1;
			sigma = standardDeviationOfChanges(y);
		}
		return new ThetaModel(decomposition, n, level, alpha, slope(y) / 2, sigma);
	}

	private static double slope(double[] y) {
		int n = y.length;
		if (n < 2) {
			return 0;
		}
		double meanT = (n - 1) / 2.0;
		double meanY = 0;
		for (double v : y) {
			meanY += v;
		}
		meanY /= n;
		double sxy = 0;
		double sxx = 0;
		for (int t = 0; t < n; t++) {
			sxy += (t - meanT) * (y[t] - meanY);
			sxx += (t - meanT) * (t - meanT);
		}
		return sxy / sxx;
	}

	private static double standardDeviationOfChanges(double[] y) {
		double sum = 0;
		for (int t = 1; t < y.length; t++) {
			sum += (y[t] - y[t - 1]) * (y[t] - y[t - 1]);
		}
		return y.length > 1 ? Math.sqrt(sum / (y.length - 1)) : 0;
	}

	@Override
	public String name() {
		return this.decomposition == null ? "Theta" : "Theta[" + this.decomposition.indices().length + "]";
	}

	@Override
	public double[] pointForecast(int horizon) {
		double[] adjusted = adjustedPoint(horizon);
		return this.decomposition == null ? adjusted : this.decomposition.reseasonalise(adjusted, this.n);
	}

	private double[] adjustedPoint(int horizon) {
		double[] point = new double[horizon];
		double drift = (1 - Math.pow(1 - this.alpha, this.n)) / this.alpha;
		for (int h = 0; h < horizon; h++) {
			point[h] = this.levelForecast + this.halfSlope * (h + drift);
		}
		return point;
	}

	@Override
	public Forecast forecast(int horizon, double[] levels) {
		double[] adjusted = adjustedPoint(horizon);
		double[] sd = new double[horizon];
		for (int h = 0; h < horizon; h++) {
			sd[h] = this.sigma * Math.sqrt(1 + h * this.alpha * this.alpha);
		}
		var intervals = Intervals.gaussian(adjusted, sd, levels);
		if (this.decomposition == null) {
			return new Forecast(name(), adjusted, intervals);
		}
		var reseasonalised = intervals.stream()
			.map((interval) -> new PredictionInterval(interval.level(),
					this.decomposition.reseasonalise(interval.lower(), this.n),
					this.decomposition.reseasonalise(interval.upper(), this.n)))
			.toList();
		return new Forecast(name(), this.decomposition.reseasonalise(adjusted, this.n), reseasonalised);
	}

}
