package io.sentia.forecasting.engine.selection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import io.sentia.forecasting.engine.FittedModel;
import io.sentia.forecasting.engine.ModelChoice;
import io.sentia.forecasting.engine.TimeSeries;
import io.sentia.forecasting.engine.arima.AutoArima;
import io.sentia.forecasting.engine.backtest.Backtest;
import io.sentia.forecasting.engine.backtest.BacktestSettings;
import io.sentia.forecasting.engine.backtest.OriginForecast;
import io.sentia.forecasting.engine.ensemble.EnsembleModel;
import io.sentia.forecasting.engine.ets.AutoEts;
import io.sentia.forecasting.engine.intermittent.IntermittentDemand;
import io.sentia.forecasting.engine.intermittent.IntermittentMethod;
import io.sentia.forecasting.engine.intermittent.IntermittentModel;
import io.sentia.forecasting.engine.interval.CalibratedModel;
import io.sentia.forecasting.engine.interval.IntervalCalibration;
import io.sentia.forecasting.engine.naive.SeasonalNaiveModel;
import io.sentia.forecasting.engine.theta.ThetaModel;

/**
 * Fits the model family a caller asked for, or chooses one for {@link ModelChoice#AUTO}:
 * an intermittent-demand method when many periods have no demand, otherwise the ensemble.
 */
public final class ModelSelector {

	/** Below this many observations only the naive forecasts are meaningful. */
	static final int MIN_OBSERVATIONS_FOR_MODELS = 4;

	/**
	 * History needed before a backtest origin for the candidates' scores to mean
	 * anything.
	 */
	static final int MIN_HISTORY_FOR_BACKTEST = 8;

	/** How many of the best-scoring candidates the automatic choice averages. */
	static final int ENSEMBLE_SIZE = 2;

	public FittedModel fit(TimeSeries series, int horizon, ModelChoice choice) {
		return switch (choice) {
			case NAIVE -> SeasonalNaiveModel.fitNaive(series);
			case SNAIVE -> SeasonalNaiveModel.fit(series);
			case ETS -> AutoEts.fit(series);
			case ARIMA -> AutoArima.fit(series);
			case THETA -> ThetaModel.fit(series);
			case CROSTON -> IntermittentModel.fit(series, IntermittentMethod.CROSTON);
			case SBA -> IntermittentModel.fit(series, IntermittentMethod.SBA);
			case TSB -> IntermittentModel.fit(series, IntermittentMethod.TSB);
			case ENSEMBLE -> ensemble(series);
			case AUTO -> auto(series, horizon);
		};
	}

	private FittedModel auto(TimeSeries series, int horizon) {
		if (series.length() < MIN_OBSERVATIONS_FOR_MODELS) {
			return SeasonalNaiveModel.fitNaive(series);
		}
		if (IntermittentDemand.isIntermittent(series.values())) {
			return intermittent(series);
		}
		if (series.length() - horizon < Math.max(MIN_HISTORY_FOR_BACKTEST, 2 * series.seasonLength())) {
			return ensemble(series);
		}
		return bestCandidates(series, horizon);
	}

	/**
	 * Backtests each candidate from one origin a horizon before the end, averages the
	 * best {@link #ENSEMBLE_SIZE}, and widens the ensemble's intervals by what its own
	 * backtest errors say they miss.
	 */
	private FittedModel bestCandidates(TimeSeries series, int horizon) {
		List<ModelChoice> candidates = new ArrayList<>(List.of(ModelChoice.ETS, ModelChoice.ARIMA, ModelChoice.THETA));
		if (series.hasTwoSeasons()) {
			candidates.add(ModelChoice.SNAIVE);
		}
		BacktestSettings settings = new BacktestSettings(1, horizon, horizon,
				new double[] { IntervalCalibration.LEVEL });
		List<Candidate> scored = new ArrayList<>();
		for (ModelChoice choice : candidates) {
			try {
				List<OriginForecast> forecasts = Backtest.forecasts(series,
						(history, h, levels) -> fit(history, h, choice).forecast(h, levels), settings);
				double mase = Backtest.score(series, forecasts, settings.levels()).mase();
				if (Double.isFinite(mase) && finite(forecasts)) {
					scored.add(new Candidate(choice, mase, forecasts));
				}
			}
			catch (IllegalStateException ex) {
				// This family cannot be fitted to the shorter history; the others
				// compete.
			}
		}
		if (scored.isEmpty()) {
			return ensemble(series);
		}
		scored.sort(Comparator.comparingDouble(Candidate::mase));
		List<Candidate> best = scored.subList(0, Math.min(ENSEMBLE_SIZE, scored.size()));
		List<FittedModel> members = new ArrayList<>();
		for (Candidate candidate : best) {
			members.add(fit(series, horizon, candidate.choice()));
		}
		List<OriginForecast> combined = new ArrayList<>();
		for (int i = 0; i < best.get(0).forecasts().size(); i++) {
			int index = i;
			combined.add(new OriginForecast(best.get(0).forecasts().get(i).origin(), EnsembleModel.combine("backtest",
					best.stream().map((candidate) -> candidate.forecasts().get(index).forecast()).toList())));
		}
		FittedModel model = members.size() == 1 ? members.get(0) : new EnsembleModel(members);
		return new CalibratedModel(model, IntervalCalibration.factors(series.values(), combined, horizon));
	}

	private static boolean finite(List<OriginForecast> forecasts) {
		return forecasts.stream().allMatch((f) -> Arrays.stream(f.forecast().point()).allMatch(Double::isFinite));
	}

	/** A candidate family with its backtest forecasts and their MASE. */
	private record Candidate(ModelChoice choice, double mase, List<OriginForecast> forecasts) {

	}

	/**
	 * The intermittent method with the lowest in-sample one-step squared error; the first
	 * when none has an in-sample error (demand only in the last period).
	 */
	private static FittedModel intermittent(TimeSeries series) {
		FittedModel best = null;
		double bestError = Double.POSITIVE_INFINITY;
		for (IntermittentMethod method : IntermittentMethod.values()) {
			IntermittentModel model = IntermittentModel.fit(series, method);
			if (best == null || model.inSampleMeanSquaredError() < bestError) {
				bestError = model.inSampleMeanSquaredError();
				best = model;
			}
		}
		return best;
	}

	private static FittedModel ensemble(TimeSeries series) {
		if (series.length() < MIN_OBSERVATIONS_FOR_MODELS) {
			return SeasonalNaiveModel.fitNaive(series);
		}
		List<FittedModel> members = new ArrayList<>();
		members.add(AutoEts.fit(series));
		try {
			members.add(AutoArima.fit(series));
		}
		catch (IllegalStateException ex) {
			// Too short for any ARIMA order: the other members carry the forecast.
		}
		members.add(ThetaModel.fit(series));
		return new EnsembleModel(members);
	}

}
