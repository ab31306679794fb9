package io.sentia.forecasting.engine.backtest;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.sentia.forecasting.engine.Forecast;
import io.sentia.forecasting.engine.ForecastEngine;
import io.sentia.forecasting.engine.ModelChoice;
import io.sentia.forecasting.engine.PredictionInterval;
import io.sentia.forecasting.engine.TimeSeries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BacktestTests {

	private static final TimeSeries LINE = new TimeSeries(new double[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 }, 1);

	@Test
	void naiveOnAStraightLineMissesByTheStepNumber() {
		ForecastEngine engine = new ForecastEngine();
		BacktestSettings settings = new BacktestSettings(2, 3, 3, new double[] { 80 });

		AccuracyMetrics metrics = Backtest.run(LINE, (s, h, l) -> engine.forecast(s, h, ModelChoice.NAIVE, l),
				settings);

		// Origins after 6 and 9 values; errors -1, -2, -3 each time against an in-sample
		// naive MAE of 1.
		assertThat(metrics.windows()).isEqualTo(2);
		assertThat(metrics.points()).isEqualTo(6);
		assertThat(metrics.mase()).isCloseTo(2, within(1e-12));
		double actualSum = 7 + 8 + 9 + 10 + 11 + 12;
		assertThat(metrics.wape()).isCloseTo(100 * 12 / actualSum, within(1e-9));
		assertThat(metrics.bias()).isCloseTo(-100 * 12 / actualSum, within(1e-9));
		double smape = (200.0 / 13 + 400.0 / 14 + 600.0 / 15 + 200.0 / 19 + 400.0 / 20 + 600.0 / 21) / 6;
		assertThat(metrics.smape()).isCloseTo(smape, within(1e-9));
	}

	@Test
	void perfectForecastsScoreZeroErrorAndFullCoverage() {
		Forecaster oracle = (history, horizon, levels) -> {
			double[] point = new double[horizon];
			for (int h = 0; h < horizon; h++) {
				point[h] = history.length() + h + 1;
			}
			return new Forecast("oracle", point, List.of(new PredictionInterval(90, point, point)));
		};

		AccuracyMetrics metrics = Backtest.run(LINE, oracle, new BacktestSettings(3, 2, 1, new double[] { 90 }));

		assertThat(metrics.mase()).isZero();
		assertThat(metrics.bias()).isZero();
		assertThat(metrics.coverage()).containsEntry(90.0, 1.0);
	}

	@Test
	void intervalsOfTheAutomaticModelCoverNearTheirLevelOnSimulatedData() {
		ForecastEngine engine = new ForecastEngine();
		java.util.Random random = new java.util.Random(21);
		int inside80 = 0;
		int inside95 = 0;
		int points = 0;
		for (int s = 0; s < 40; s++) {
			double[] y = new double[60];
			double level = 100;
			for (int t = 0; t < y.length; t++) {
				double e = random.nextGaussian() * 4;
				y[t] = level + e;
				level += 0.4 * e;
			}
			AccuracyMetrics metrics = Backtest.run(new TimeSeries(y, 1),
					(history, h, levels) -> engine.forecast(history, h, ModelChoice.AUTO, levels),
					new BacktestSettings(1, 6, 6, new double[] { 80, 95 }));
			inside80 += (int) Math.round(metrics.coverage().get(80.0) * metrics.points());
			inside95 += (int) Math.round(metrics.coverage().get(95.0) * metrics.points());
			points += metrics.points();
		}

		assertThat(inside80 / (double) points).isBetween(0.70, 0.92);
		assertThat(inside95 / (double) points).isBetween(0.88, 1.0);
	}

	@Test
	void skipsOriginsThatWouldLeaveNoHistory() {
		BacktestSettings settings = new BacktestSettings(10, 4, 4, new double[0]);

		assertThat(settings.origins(12)).containsExactly(4, 8);
	}

}
