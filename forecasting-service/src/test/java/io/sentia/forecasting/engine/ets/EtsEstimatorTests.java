package io.sentia.forecasting.engine.ets;

import java.util.Random;

import org.junit.jupiter.api.Test;

import io.sentia.forecasting.engine.TimeSeries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EtsEstimatorTests {

	private static final TimeSeries FOUR_POINTS = new TimeSeries(new double[] { 10, 12, 11, 13 }, 1);

	@Test
	void simpleExponentialSmoothingMatchesHandComputedLevels() {
		// alpha 0.5 from level 10: levels 10, 11, 11, 12, so one-step forecasts 10, 10,
		// 11, 11 and then 12.
		EtsModel ses = EtsEstimator.withParameters(FOUR_POINTS, EtsSpec.parse("ANN"), EtsParameters.simple(0.5), 10, 0,
				null);

		assertThat(ses.fitted()).containsExactly(10, 10, 11, 11);
		assertThat(ses.pointForecast(3)).containsExactly(12, 12, 12);
	}

	@Test
	void additiveErrorLogLikelihoodEqualsGaussianFormulaOnHandComputedErrors() {
		// errors 0, 2, 0, 2: SSE 8, n 4, so log L = -n/2 (log(2π SSE/n) + 1) = -2
		// (log(4π) + 1).
		EtsModel ses = EtsEstimator.withParameters(FOUR_POINTS, EtsSpec.parse("ANN"), EtsParameters.simple(0.5), 10, 0,
				null);

		assertThat(ses.logLikelihood()).isCloseTo(-7.062048, within(1e-6));
	}

	@Test
	void multiplicativeErrorLogLikelihoodAddsTheJacobianOfRelativeErrors() {
		// relative errors 0, 2/10, 0, 2/11 on means 10, 10, 11, 11:
		// log L = -2 (log(2π SSE/4) + 1) - log(10·10·11·11), SSE = 0.04 + 4/121.
		EtsModel model = EtsEstimator.withParameters(FOUR_POINTS, EtsSpec.parse("MNN"), EtsParameters.simple(0.5), 10,
				0, null);
		double sse = 0.04 + 4.0 / 121;
		double expected = -2 * (Math.log(2 * Math.PI * sse / 4) + 1) - Math.log(12100);

		assertThat(model.logLikelihood()).isCloseTo(expected, within(1e-9));
		assertThat(model.logLikelihood()).isCloseTo(-7.071119, within(1e-6));
	}

	@Test
	void dampedTrendForecastFlattensOut() {
		TimeSeries series = new TimeSeries(new double[] { 10, 11, 12, 13, 14, 15, 16, 17, 18, 19 }, 1);
		EtsModel model = EtsEstimator.withParameters(series, EtsSpec.parse("AAdN"), new EtsParameters(0.5, 0.1, 0, 0.9),
				9, 1, null);

		double[] point = model.pointForecast(40);

		assertThat(point[1] - point[0]).isGreaterThan(point[39] - point[38]);
		assertThat(point[39] - point[38]).isLessThan(0.05);
	}

	@Test
	void estimatesSmoothingCloseToTheTruthOnSimulatedLocalLevelData() {
		Random random = new Random(7);
		double[] y = new double[600];
		double level = 100;
		for (int t = 0; t < y.length; t++) {
			double e = random.nextGaussian();
			y[t] = level + e;
			level += 0.3 * e;
		}

		EtsModel model = EtsEstimator.fit(new TimeSeries(y, 1), EtsSpec.parse("ANN")).orElseThrow();

		assertThat(model.parameters().alpha()).isCloseTo(0.3, within(0.08));
		assertThat(model.sigma2()).isCloseTo(1, within(0.15));
	}

	@Test
	void refusesMultiplicativeModelsForDataWithZeros() {
		TimeSeries series = new TimeSeries(new double[] { 3, 0, 4, 5, 2, 6, 3, 4 }, 1);

		assertThat(EtsEstimator.fit(series, EtsSpec.parse("MNN"))).isEmpty();
		assertThat(AutoEts.candidates(series)).allMatch((spec) -> !spec.needsPositiveData());
	}

	@Test
	void autoEtsFindsMultiplicativeSeasonalityInGrowingSeasonalData() {
		double[] y = new double[96];
		Random random = new Random(3);
		for (int t = 0; t < y.length; t++) {
			double season = 1 + 0.4 * Math.sin(2 * Math.PI * t / 12);
			y[t] = (100 + 2 * t) * season * (1 + 0.02 * random.nextGaussian());
		}

		EtsModel model = AutoEts.fit(new TimeSeries(y, 12));

		assertThat(model.spec().season()).isEqualTo(EtsSpec.Season.MULTIPLICATIVE);
		assertThat(model.spec().hasTrend()).isTrue();
	}

	@Test
	void leavesSeasonOutWhenFewerThanTwoCyclesAreObserved() {
		double[] y = { 5, 7, 9, 6, 5, 7, 9, 6, 5, 7, 9, 6, 5, 7, 9, 6, 5, 7, 9, 6 };

		assertThat(AutoEts.candidates(new TimeSeries(y, 12))).noneMatch(EtsSpec::isSeasonal);
		assertThat(AutoEts.fit(new TimeSeries(y, 12)).spec().isSeasonal()).isFalse();
	}

	@Test
	void parsesAndPrintsModelCodes() {
		assertThat(EtsSpec.parse("MAdM").code()).isEqualTo("MAdM");
		assertThat(EtsSpec.parse("ANA").trend()).isEqualTo(EtsSpec.Trend.NONE);
	}

}
