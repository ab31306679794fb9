package io.sentia.forecasting.engine;

import java.util.Arrays;
import java.util.List;

/**
 * Point forecasts for h = 1..horizon, with one prediction interval per requested level.
 *
 * @param model the fitted model that produced the forecast, e.g. {@code ETS(MAdN)}
 * @param point point forecast per step
 * @param intervals intervals in the order the levels were requested
 */
public record Forecast(String model, double[] point, List<PredictionInterval> intervals) {

	public Forecast {
		point = point.clone();
		intervals = List.copyOf(intervals);
		for (PredictionInterval interval : intervals) {
			if (interval.lower().length != point.length) {
				throw new IllegalArgumentException("interval horizon differs from point forecast horizon");
			}
		}
	}

	@Override
	public double[] point() {
		return this.point.clone();
	}

	public double point(int step) {
		return this.point[step];
	}

	public int horizon() {
		return this.point.length;
	}

	/** The interval with the given level. */
	public PredictionInterval interval(double level) {
		return this.intervals.stream()
			.filter((interval) -> interval.level() == level)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no interval at level " + level));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Forecast that && this.model.equals(that.model) && Arrays.equals(this.point, that.point)
				&& this.intervals.equals(that.intervals);
	}

	@Override
	public int hashCode() {
		return this.model.hashCode() * 31 + Arrays.hashCode(this.point) * 17 + this.intervals.hashCode();
	}

	@Override
	public String toString() {
		return "Forecast[model=" + this.model + ", point=" + Arrays.toString(this.point) + "]";
	}

}
