package io.sentia.forecasting.engine.arima;

import java.util.Random;

import org.junit.jupiter.api.Test;

import io.sentia.forecasting.engine.Forecast;
import io.sentia.forecasting.engine.TimeSeries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ArimaEstimatorTests {

	@Test
	void recoversTheCoefficientOfASimulatedAr1() {
		double[] y = ar1(0.7, 5, 2000, 11);

		ArimaModel model = ArimaEstimator.fit(y, ArimaOrder.nonSeasonal(1, 0, 0, true)).orElseThrow();

		assertThat(model.ar()[0]).isCloseTo(0.7, within(0.04));
		assertThat(model.mean()).isCloseTo(5, within(0.3));
		assertThat(model.sigma2()).isCloseTo(1, within(0.1));
	}

	@Test
	void recoversANegativeMaCoefficient() {
		Random random = new Random(5);
		double[] y = new double[3000];
		double previous = 0;
		for (int t = 0; t < y.length; t++) {
			double e = random.nextGaussian();
			y[t] = e - 0.5 * previous;
			previous = e;
		}

		ArimaModel model = ArimaEstimator.fit(y, ArimaOrder.nonSeasonal(0, 0, 1, false)).orElseThrow();

		assertThat(model.ma()[0]).isCloseTo(-0.5, within(0.05));
	}

	@Test
	void ar1ForecastDecaysGeometricallyToTheMean() {
		double[] y = ar1(0.7, 5, 2000, 11);
		ArimaModel model = ArimaEstimator.fit(y, ArimaOrder.nonSeasonal(1, 0, 0, true)).orElseThrow();

		double[] point = model.pointForecast(30);

		double phi = model.ar()[0];
		double mu = model.mean();
		assertThat(point[0]).isCloseTo(mu + phi * (y[y.length - 1] - mu), within(1e-9));
		assertThat(point[29]).isCloseTo(mu, within(0.01));
	}

	@Test
	void autoArimaDifferencesARandomWalkOnceAndLeavesNoiseAlone() {
		Random random = new Random(2);
		double[] walk = new double[300];
		double[] noise = new double[300];
		for (int t = 1; t < walk.length; t++) {
			walk[t] = walk[t - 1] + random.nextGaussian();
			noise[t] = random.nextGaussian();
		}

		assertThat(AutoArima.fit(new TimeSeries(walk, 1)).order().d()).isEqualTo(1);
		assertThat(AutoArima.fit(new TimeSeries(noise, 1)).order().d()).isZero();
	}

	@Test
	void kpssRejectsStationarityOfATrend() {
		double[] trend = new double[100];
		for (int t = 0; t < trend.length; t++) {
			trend[t] = t + Math.sin(t);
		}

		assertThat(Kpss.needsDifference(trend)).isTrue();
		assertThat(Kpss.statistic(trend)).isGreaterThan(Kpss.CRITICAL_VALUE_5_PERCENT);
	}

	@Test
	void intervalsOfAnIntegratedModelWidenWithTheHorizon() {
		Random random = new Random(9);
		double[] walk = new double[200];
		for (int t = 1; t < walk.length; t++) {
			walk[t] = walk[t - 1] + random.nextGaussian();
		}
		Forecast forecast = AutoArima.fit(new TimeSeries(walk, 1)).forecast(12, new double[] { 95 });

		for (int h = 1; h < 12; h++) {
			double previous = forecast.interval(95).upper(h - 1) - forecast.interval(95).lower(h - 1);
			double width = forecast.interval(95).upper(h) - forecast.interval(95).lower(h);
			assertThat(width).isGreaterThan(previous);
		}
	}

	@Test
	void seasonalModelRepeatsAStrongSeasonalPattern() {
		double[] y = new double[120];
		Random random = new Random(4);
		for (int t = 0; t < y.length; t++) {
			y[t] = 50 + 10 * Math.sin(2 * Math.PI * t / 12) + 0.5 * random.nextGaussian();
		}

		ArimaModel model = AutoArima.fit(new TimeSeries(y, 12));
		double[] point = model.pointForecast(12);

		assertThat(model.order().period()).isEqualTo(12);
		for (int h = 0; h < 12; h++) {
			assertThat(point[h]).isCloseTo(50 + 10 * Math.sin(2 * Math.PI * (120 + h) / 12), within(2.0));
		}
	}

	@Test
	void labelsOrdersWithoutCommas() {
		assertThat(new ArimaOrder(1, 1, 0, 0, 1, 1, 12, false).label()).isEqualTo("ARIMA(1 1 0)(0 1 1)[12]");
		assertThat(ArimaOrder.nonSeasonal(0, 1, 1, true).label()).isEqualTo("ARIMA(0 1 1) drift");
	}

	private static double[] ar1(double phi, double mean, int n, long seed) {
		Random random = new Random(seed);
		double[] y = new double[n];
		double x = 0;
		for (int t = 0; t < n; t++) {
			x = phi * x + random.nextGaussian();
			y[t] = mean + x;
		}
		return y;
	}

}
