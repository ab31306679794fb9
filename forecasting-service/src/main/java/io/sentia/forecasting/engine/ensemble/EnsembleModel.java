package io.sentia.forecasting.engine.ensemble;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.sentia.forecasting.engine.FittedModel;
import io.sentia.forecasting.engine.Forecast;
import io.sentia.forecasting.engine.PredictionInterval;

/**
 * Equal-weight combination: point forecasts and interval bounds are averaged across
 * members (quantile averaging), which keeps intervals nested and rarely narrower than the
 * members'.
 */
public final class EnsembleModel implements FittedModel {

	private final List<FittedModel> members;

	public EnsembleModel(List<? extends FittedModel> members) {
		if (members.isEmpty()) {
			throw new IllegalArgumentException("an ensemble needs at least one member");
		}
		this.members = List.copyOf(members);
	}

	public List<FittedModel> members() {
		return this.members;
	}

	@Override
	public String name() {
		return "Ensemble(" + this.members.stream().map(FittedModel::name).collect(Collectors.joining("+")) + ")";
	}

	@Override
	public double[] pointForecast(int horizon) {
		double[] point = new double[horizon];
		for (FittedModel member : this.members) {
			double[] memberPoint = member.pointForecast(horizon);
			for (int h = 0; h < horizon; h++) {
				point[h] += memberPoint[h] / this.members.size();
			}
		}
		return point;
	}

	@Override
	public Forecast forecast(int horizon, double[] levels) {
		return combine(name(), this.members.stream().map((member) -> member.forecast(horizon, levels)).toList());
	}

	/** Averages forecasts that share horizon and levels. */
	public static Forecast combine(String name, List<Forecast> forecasts) {
		Forecast first = forecasts.get(0);
		int horizon = first.horizon();
		int levelCount = first.intervals().size();
		int k = forecasts.size();
		double[] point = new double[horizon];
		double[][] lower = new double[levelCount][horizon];
		double[][] upper = new double[levelCount][horizon];
		for (Forecast forecast : forecasts) {
			for (int h = 0; h < horizon; h++) {
				point[h] += forecast.point(h) / k;
				for (int l = 0; l < levelCount; l++) {
					PredictionInterval interval = forecast.intervals().get(l);
					lower[l][h] += interval.lower(h) / k;
					upper[l][h] += interval.upper(h) / k;
				}
			}
		}
		List<PredictionInterval> intervals = new ArrayList<>(levelCount);
		for (int l = 0; l < levelCount; l++) {
			intervals.add(new PredictionInterval(first.intervals().get(l).level(), lower[l], upper[l]));
		}
		return new Forecast(name, point, intervals);
	}

}
