package io.sentia.forecasting.planning;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class WeeklyErrorSigmaTests {

	@Test
	void readsSigmaBackFromTheNinetyFivePercentInterval() {
		// A 95% central interval is point ± 1.959964·sigma.
		assertThat(WeeklyErrorSigma.fromCentralInterval(100, 100 + 1.959963984540054 * 10, 95)).isCloseTo(10.0,
				within(1e-9));
		assertThat(WeeklyErrorSigma.fromCentralInterval(100, 100 + 1.2815515655446004 * 4, 80)).isCloseTo(4.0,
				within(1e-9));
	}

	@Test
	void isZeroForAForecastWithoutUncertainty() {
		assertThat(WeeklyErrorSigma.fromCentralInterval(30, 30, 95)).isZero();
	}

	@Test
	void rejectsAnUpperBoundBelowThePoint() {
		assertThatIllegalArgumentException().isThrownBy(() -> WeeklyErrorSigma.fromCentralInterval(30, 29, 95));
		assertThatIllegalArgumentException().isThrownBy(() -> WeeklyErrorSigma.fromCentralInterval(30, 40, 100));
	}

}
