package io.sentia.forecasting.engine;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FrequencyTests {

	@Test
	void dailyDataUseTheWeeklyCycleUntilTwoYearsAreObserved() {
		assertThat(Frequency.DAILY.seasonLengthFor(13)).isEqualTo(1);
		assertThat(Frequency.DAILY.seasonLengthFor(100)).isEqualTo(7);
		assertThat(Frequency.DAILY.seasonLengthFor(730)).isEqualTo(365);
	}

	@Test
	void shortSeriesFallBackToNonSeasonal() {
		assertThat(Frequency.WEEKLY.seasonLengthFor(103)).isEqualTo(1);
		assertThat(Frequency.WEEKLY.seasonLengthFor(104)).isEqualTo(52);
		assertThat(Frequency.MONTHLY.seasonLengthFor(23)).isEqualTo(1);
		assertThat(Frequency.QUARTERLY.seasonLengthFor(8)).isEqualTo(4);
		assertThat(Frequency.YEARLY.seasonLengthFor(50)).isEqualTo(1);
	}

	@Test
	void seasonalModelsAreNotAttemptedOnLessThanTwoCycles() {
		double[] y = new double[20];
		for (int t = 0; t < y.length; t++) {
			y[t] = 10 + (t % 12 == 0 ? 5 : 0);
		}

		Forecast forecast = new ForecastEngine().forecast(new TimeSeries(y, 12), 12, ModelChoice.ETS);

		assertThat(forecast.model()).doesNotContain("[12]");
		assertThat(forecast.point()).doesNotContain(Double.NaN);
	}

}
