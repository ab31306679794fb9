package io.sentia.forecasting.engine;

import java.util.Arrays;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Invariants every forecast must keep, whatever the series and model.
 */
class ForecastEnginePropertyTests {

	private static final double[] LEVELS = { 80, 90, 95 };

	private final ForecastEngine engine = new ForecastEngine();

	@Property(tries = 150)
	void forecastsAreFiniteOrderedAndNested(@ForAll("series") TimeSeries series, @ForAll("models") ModelChoice model,
			@ForAll @IntRange(min = 1, max = 14) int horizon) {
		Forecast forecast = this.engine.forecast(series, horizon, model, LEVELS);

		assertThat(forecast.horizon()).isEqualTo(horizon);
		assertThat(forecast.model()).doesNotContain(",");
		PredictionInterval i80 = forecast.interval(80);
		PredictionInterval i90 = forecast.interval(90);
		PredictionInterval i95 = forecast.interval(95);
		for (int h = 0; h < horizon; h++) {
			assertThat(forecast.point(h)).isFinite();
			assertThat(i95.lower(h)).isFinite().isLessThanOrEqualTo(i90.lower(h));
			assertThat(i90.lower(h)).isLessThanOrEqualTo(i80.lower(h));
			assertThat(i80.lower(h)).isLessThanOrEqualTo(forecast.point(h));
			assertThat(forecast.point(h)).isLessThanOrEqualTo(i80.upper(h));
			assertThat(i80.upper(h)).isLessThanOrEqualTo(i90.upper(h));
			assertThat(i90.upper(h)).isLessThanOrEqualTo(i95.upper(h));
			assertThat(i95.upper(h)).isFinite();
		}
	}

	@Property(tries = 100)
	void nonNegativeHistoryNeverGetsNegativeForecasts(@ForAll("series") TimeSeries series,
			@ForAll("models") ModelChoice model) {
		double[] absolute = Arrays.stream(series.values()).map(Math::abs).toArray();

		Forecast forecast = this.engine.forecast(new TimeSeries(absolute, series.seasonLength()), 6, model, LEVELS);

		assertThat(Arrays.stream(forecast.point()).min().orElseThrow()).isGreaterThanOrEqualTo(0);
		assertThat(Arrays.stream(forecast.interval(95).lower()).min().orElseThrow()).isGreaterThanOrEqualTo(0);
	}

	@Property(tries = 100)
	void pointForecastsScaleWithTheData(@ForAll("series") TimeSeries series, @ForAll("models") ModelChoice model,
			@ForAll @IntRange(min = -20, max = 20) int binaryExponent) {
		// Powers of two scale the data exactly, but the fit goes through logarithms of
		// the error, which are not scale-exact, so two fits may differ by rounding. Such
		// differences are judged against the size of the data: a point of 1e-52 on a
		// series of hundreds is zero either way.
		double factor = Math.scalb(1.0, binaryExponent);
		double[] scaled = Arrays.stream(series.values()).map((v) -> v * factor).toArray();
		double dataScale = Arrays.stream(scaled).map(Math::abs).max().orElse(0);

		Forecast original = this.engine.forecast(series, 5, model, LEVELS);
		Forecast rescaled = this.engine.forecast(new TimeSeries(scaled, series.seasonLength()), 5, model, LEVELS);

		for (int h = 0; h < 5; h++) {
			assertThat(rescaled.point(h)).isCloseTo(original.point(h) * factor,
					within(1e-9 * (Math.abs(original.point(h) * factor) + dataScale) + 1e-300));
		}
	}

	@Property(tries = 60)
	void closedFormForecastsScaleWithAnyPositiveFactor(@ForAll("series") TimeSeries series,
			@ForAll("closedFormModels") ModelChoice model, @ForAll("factors") double factor) {
		double[] scaled = Arrays.stream(series.values()).map((v) -> v * factor).toArray();

		Forecast original = this.engine.forecast(series, 5, model, LEVELS);
		Forecast rescaled = this.engine.forecast(new TimeSeries(scaled, series.seasonLength()), 5, model, LEVELS);

		for (int h = 0; h < 5; h++) {
			assertThat(rescaled.point(h)).isCloseTo(original.point(h) * factor,
					within(1e-9 * (Math.abs(original.point(h) * factor) + factor)));
		}
	}

	@Provide
	Arbitrary<TimeSeries> series() {
		Arbitrary<Integer> seasonLengths = Arbitraries.of(1, 4, 7, 12);
		Arbitrary<Integer> lengths = Arbitraries.integers().between(1, 60);
		Arbitrary<Long> seeds = Arbitraries.longs();
		Arbitrary<Integer> shapes = Arbitraries.integers().between(0, 3);
		return Combinators.combine(seasonLengths, lengths, seeds, shapes).as(ForecastEnginePropertyTests::generate);
	}

	@Provide
	Arbitrary<ModelChoice> models() {
		return Arbitraries.of(ModelChoice.class);
	}

	@Provide
	Arbitrary<ModelChoice> closedFormModels() {
		return Arbitraries.of(ModelChoice.NAIVE, ModelChoice.SNAIVE);
	}

	@Provide
	Arbitrary<Double> factors() {
		return Arbitraries.doubles().between(1e-3, 1e4).ofScale(4);
	}

	/**
	 * Random walks, seasonal series, sparse demand and constants: the shapes real data
	 * come in.
	 */
	private static TimeSeries generate(int m, int n, long seed, int shape) {
		java.util.Random random = new java.util.Random(seed);
		double[] y = new double[n];
		double level = 100 * random.nextDouble() - 20;
		for (int t = 0; t < n; t++) {
			y[t] = switch (shape) {
				case 0 -> level += random.nextGaussian() * 5;
				case 1 -> 50 + 20 * Math.sin(2 * Math.PI * t / m) + 0.5 * t + random.nextGaussian() * 3;
				case 2 -> random.nextDouble() < 0.6 ? 0 : Math.floor(1 + random.nextDouble() * 10);
				default -> 42;
			};
		}
		return new TimeSeries(y, m);
	}

}
