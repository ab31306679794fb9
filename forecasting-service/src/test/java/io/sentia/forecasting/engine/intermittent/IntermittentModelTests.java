package io.sentia.forecasting.engine.intermittent;

import org.junit.jupiter.api.Test;

import io.sentia.forecasting.engine.Forecast;
import io.sentia.forecasting.engine.ForecastEngine;
import io.sentia.forecasting.engine.ModelChoice;
import io.sentia.forecasting.engine.TimeSeries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class IntermittentModelTests {

	// Demands 3, 2, 4 at periods 3, 7, 9: intervals 3, 4, 2.
	private static final TimeSeries SPARSE = new TimeSeries(new double[] { 0, 0, 3, 0, 0, 0, 2, 0, 4 }, 1);

	@Test
	void crostonDividesSmoothedSizeBySmoothedInterval() {
		// alpha 0.1: sizes 3 → 2.9 → 3.01, intervals 3 → 3.1 → 2.99.
		IntermittentModel model = IntermittentModel.fit(SPARSE, IntermittentMethod.CROSTON, 0.1, 0);

		assertThat(model.rate()).isCloseTo(3.01 / 2.99, within(1e-12));
		assertThat(model.pointForecast(3)).containsOnly(model.rate());
	}

	@Test
	void sbaCorrectsCrostonByOneMinusHalfAlpha() {
		IntermittentModel model = IntermittentModel.fit(SPARSE, IntermittentMethod.SBA, 0.1, 0);

		assertThat(model.rate()).isCloseTo(0.95 * 3.01 / 2.99, within(1e-12));
	}

	@Test
	void tsbMultipliesSmoothedProbabilityBySmoothedSize() {
		// probability starts at 1/3 after the first demand, then decays by 0.8 per empty
		// period and
		// moves a fifth of the way to 1 on a demand; sizes as Croston's.
		double p = 1.0 / 3;
		p *= 0.8 * 0.8 * 0.8;
		p += 0.2 * (1 - p);
		p *= 0.8;
		p += 0.2 * (1 - p);
		IntermittentModel model = IntermittentModel.fit(SPARSE, IntermittentMethod.TSB, 0.1, 0.2);

		assertThat(model.rate()).isCloseTo(p * 3.01, within(1e-12));
	}

	@Test
	void intervalsNeverGoBelowZeroAndContainTheRate() {
		Forecast forecast = IntermittentModel.fit(SPARSE, IntermittentMethod.SBA).forecast(4, new double[] { 80, 95 });

		for (int h = 0; h < 4; h++) {
			assertThat(forecast.interval(95).lower(h)).isGreaterThanOrEqualTo(0);
			assertThat(forecast.interval(95).upper(h)).isGreaterThanOrEqualTo(forecast.point(h));
		}
	}

	@Test
	void classifiesSeriesWithManyZerosAsIntermittent() {
		assertThat(IntermittentDemand.isIntermittent(SPARSE.values())).isTrue();
		assertThat(IntermittentDemand.isIntermittent(new double[] { 3, 4, 0, 5, 6, 4, 3, 5 })).isFalse();
		assertThat(IntermittentDemand.isIntermittent(new double[] { 0, -1, 0, 2, 0, 0 })).isFalse();
	}

	@Test
	void theAutomaticChoiceForecastsASeriesWhoseOnlyDemandIsItsLastPeriod() {
		// No method has an in-sample error to compare; one must still be chosen.
		Forecast forecast = new ForecastEngine().forecast(new TimeSeries(new double[] { 0, 0, 0, 5 }, 1), 3,
				ModelChoice.AUTO);

		assertThat(forecast.point()).hasSize(3);
		for (double point : forecast.point()) {
			assertThat(point).isFinite().isNotNegative();
		}
	}

}
