package io.sentia.forecasting.runs;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ForecastRunTests {

	@Test
	void estimatesTheFinishFromThePaceSoFar() {
		Instant started = Instant.parse("2026-11-22T06:00:00Z");
		Instant progress = Instant.parse("2026-11-22T06:01:00Z");

		// 100 series in 60 s: 0.6 s each, 900 left = 540 s more.
		assertThat(ForecastRun.estimate(started, progress, 100, 1000)).isEqualTo(progress.plusSeconds(540));
	}

	@Test
	void hasNoEstimateBeforeTheFirstSeriesOrAfterTheLast() {
		Instant started = Instant.parse("2026-11-22T06:00:00Z");
		assertThat(ForecastRun.estimate(started, started.plusSeconds(5), 0, 10)).isNull();
		assertThat(ForecastRun.estimate(started, started.plusSeconds(5), 10, 10)).isNull();
		assertThat(ForecastRun.estimate(null, started, 1, 10)).isNull();
	}

}
