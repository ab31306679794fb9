package io.sentia.forecasting.engine.interval;

import io.sentia.forecasting.engine.FittedModel;
import io.sentia.forecasting.engine.Forecast;

/**
 * A model whose intervals are widened by a factor measured in a backtest, for models
 * whose own intervals ignore parameter and model uncertainty and so cover less than they
 * claim.
 */
public final class CalibratedModel implements FittedModel {

	private final FittedModel model;

	private final double[] factors;

	/** factors[h] widens step h + 1; the last factor also serves any later step. */
	public CalibratedModel(FittedModel model, double[] factors) {
		for (double factor : factors) {
			if (!(factor >= 1) || !Double.isFinite(factor)) {
				throw new IllegalArgumentException("calibration may only widen intervals, factor was " + factor);
			}
		}
		this.model = model;
		this.factors = factors.clone();
	}

	@Override
	public String name() {
		return this.model.name();
	}

	@Override
	public double[] pointForecast(int horizon) {
		return this.model.pointForecast(horizon);
	}

	@Override
	public Forecast forecast(int horizon, double[] levels) {
		Forecast forecast = this.model.forecast(horizon, levels);
		return new Forecast(forecast.model(), forecast.point(),
				Intervals.scaled(forecast.point(), forecast.intervals(), this.factors));
	}

	@Override
	public double aicc() {
		return this.model.aicc();
	}

}
