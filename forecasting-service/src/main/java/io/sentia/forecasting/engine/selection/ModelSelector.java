package io.sentia.forecasting.engine.selection;

import io.sentia.forecasting.engine.FittedModel;
import io.sentia.forecasting.engine.ModelChoice;
import io.sentia.forecasting.engine.TimeSeries;
import io.sentia.forecasting.engine.arima.AutoArima;
import io.sentia.forecasting.engine.ets.AutoEts;
import io.sentia.forecasting.engine.naive.SeasonalNaiveModel;
import io.sentia.forecasting.engine.theta.ThetaModel;

/**
 * Fits the model family a caller asked for, or chooses one for {@link ModelChoice#AUTO}.
 */
public class ModelSelector {

	public FittedModel fit(TimeSeries series, int horizon, ModelChoice choice) {
		return switch (choice) {
			case NAIVE -> SeasonalNaiveModel.fitNaive(series);
			case SNAIVE -> SeasonalNaiveModel.fit(series);
			case ETS, AUTO -> AutoEts.fit(series);
			case THETA -> ThetaModel.fit(series);
			case ARIMA -> AutoArima.fit(series);
			default -> throw new IllegalArgumentException("model " + choice.id() + " is not available yet");
		};
	}

}
