package io.sentia.forecasting.engine.interval;

import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.sentia.forecasting.engine.Forecast;
import io.sentia.forecasting.engine.ForecastEngine;
import io.sentia.forecasting.engine.ModelChoice;
import io.sentia.forecasting.engine.PredictionInterval;
import io.sentia.forecasting.engine.TimeSeries;

import static org.assertj.core.api.Assertions.assertThat;

class IntervalWideningTests {

	@ParameterizedTest
	@EnumSource(value = ModelChoice.class, names = { "AUTO", "ETS", "ARIMA", "THETA", "NAIVE", "ENSEMBLE" })
	void intervalsWidenWithTheHorizonOnATrendingRandomWalk(ModelChoice model) {
		Random random = new Random(17);
		double[] y = new double[80];
		double level = 200;
		for (int t = 0; t < y.length; t++) {
			level += 1 + random.nextGaussian() * 5;
			y[t] = level;
		}

		Forecast forecast = new ForecastEngine().forecast(new TimeSeries(y, 1), 10, model);

		for (double level95 : new double[] { 80, 95 }) {
			PredictionInterval interval = forecast.interval(level95);
			for (int h = 1; h < 10; h++) {
				assertThat(interval.upper(h) - interval.lower(h)).as("%s width at h=%d", model, h + 1)
					.isGreaterThan(interval.upper(h - 1) - interval.lower(h - 1));
			}
		}
	}

}
