package io.sentia.forecasting.engine.theta;

import org.junit.jupiter.api.Test;

import io.sentia.forecasting.engine.TimeSeries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ThetaModelTests {

	@Test
	void extrapolatesHalfTheLinearTrendOfAStraightLine() {
		double[] y = new double[30];
		for (int t = 0; t < y.length; t++) {
			y[t] = 10 + 2 * t;
		}

		double[] point = ThetaModel.fit(new TimeSeries(y, 1)).pointForecast(3);

		// SES tracks the line with alpha near 1, so each step adds half the slope of 2.
		assertThat(point[1] - point[0]).isCloseTo(1, within(1e-9));
		assertThat(point[0]).isGreaterThan(y[29]);
	}

	@Test
	void adjustsForSeasonalityWhenTheTestFires() {
		double[] y = new double[48];
		for (int t = 0; t < y.length; t++) {
			y[t] = 100 * (t % 4 == 0 ? 1.5 : 0.8333333333333334);
		}

		ThetaModel model = ThetaModel.fit(new TimeSeries(y, 4));

		assertThat(model.name()).isEqualTo("Theta[4]");
		assertThat(model.pointForecast(4)[0]).isCloseTo(150, within(1.0));
		assertThat(model.pointForecast(4)[1]).isCloseTo(83.3, within(1.0));
	}

}
