package io.sentia.forecasting.engine.bench;

import java.util.Random;

import io.sentia.forecasting.engine.TimeSeries;

/**
 * Reproducible monthly-like demand: 100 to 200 months of trend, multiplicative yearly
 * season and noise, the shape automatic ETS meets most in planning.
 */
final class MonthlySeries {

	private MonthlySeries() {
	}

	static TimeSeries[] generate(int count, long seed) {
		Random random = new Random(seed);
		TimeSeries[] out = new TimeSeries[count];
		for (int i = 0; i < count; i++) {
			int n = 100 + random.nextInt(101);
			double level = 50 + 500 * random.nextDouble();
			double slope = level * 0.01 * random.nextGaussian();
			double amplitude = 0.4 * random.nextDouble();
			double phase = 2 * Math.PI * random.nextDouble();
			double noise = 0.02 + 0.1 * random.nextDouble();
			double[] y = new double[n];
			for (int t = 0; t < n; t++) {
				double season = 1 + amplitude * Math.sin(2 * Math.PI * t / 12 + phase);
				level = Math.max(1, level + slope);
				y[t] = level * season * Math.exp(noise * random.nextGaussian());
			}
			out[i] = new TimeSeries(y, 12);
		}
		return out;
	}

}
