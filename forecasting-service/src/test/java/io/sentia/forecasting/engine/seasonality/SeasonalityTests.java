package io.sentia.forecasting.engine.seasonality;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SeasonalityTests {

	@Test
	void detectsAQuarterlyPatternAndNotWhiteNoise() {
		Random random = new Random(1);
		double[] seasonal = new double[40];
		double[] noise = new double[40];
		for (int t = 0; t < 40; t++) {
			seasonal[t] = 10 + (t % 4 == 3 ? 5 : 0) + 0.3 * random.nextGaussian();
			noise[t] = 10 + random.nextGaussian();
		}

		assertThat(SeasonalityTest.isSeasonal(seasonal, 4)).isTrue();
		assertThat(SeasonalityTest.isSeasonal(noise, 4)).isFalse();
		assertThat(SeasonalStrength.of(seasonal, 4)).isGreaterThan(0.64);
		assertThat(SeasonalStrength.of(noise, 4)).isLessThan(0.64);
	}

	@Test
	void needsThreeCyclesToCallASeriesSeasonal() {
		double[] twoCycles = { 1, 9, 1, 9, 1, 9, 1, 9 };

		assertThat(SeasonalityTest.isSeasonal(twoCycles, 4)).isFalse();
	}

	@Test
	void multiplicativeIndicesAverageToOneAndRecoverThePattern() {
		double[] y = new double[24];
		double[] pattern = { 0.5, 1.0, 1.5, 1.0 };
		for (int t = 0; t < y.length; t++) {
			y[t] = 100 * pattern[t % 4];
		}

		ClassicalDecomposition decomposition = ClassicalDecomposition.multiplicative(y, 4);

		assertThat(decomposition.indices()).containsExactly(pattern, within(1e-12));
		for (double adjusted : decomposition.adjust(y)) {
			assertThat(adjusted).isCloseTo(100, within(1e-9));
		}
	}

}
