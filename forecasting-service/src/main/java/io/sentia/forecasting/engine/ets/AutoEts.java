package io.sentia.forecasting.engine.ets;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.sentia.forecasting.engine.TimeSeries;

/**
 * Automatic ETS: fits every admissible structure (error A/M × trend N/A/Ad × season
 * N/A/M) and keeps the one with the lowest AICc. Multiplicative forms only for positive
 * data; additive error with multiplicative season is left out as numerically unstable (as
 * in R's forecast::ets).
 */
public final class AutoEts {

	private AutoEts() {
	}

	public static EtsModel fit(TimeSeries series) {
		EtsModel best = null;
		for (EtsSpec spec : candidates(series)) {
			Optional<EtsModel> model = EtsEstimator.fit(series, spec);
			if (model.isPresent() && (best == null || model.get().aicc() < best.aicc())) {
				best = model.get();
			}
		}
		if (best == null) {
			return EtsEstimator.withParameters(series, EtsSpec.parse("ANN"), EtsParameters.simple(0.9999),
					series.values()[0], 0, new double[] { 0 });
		}
		return best;
	}

	/** The structures worth trying on this series. */
	public static List<EtsSpec> candidates(TimeSeries series) {
		boolean positive = series.allPositive();
		boolean seasonal = series.hasTwoSeasons();
		List<EtsSpec> specs = new ArrayList<>();
		for (EtsSpec.Error error : EtsSpec.Error.values()) {
			for (EtsSpec.Trend trend : EtsSpec.Trend.values()) {
				for (EtsSpec.Season season : EtsSpec.Season.values()) {
					EtsSpec spec = new EtsSpec(error, trend, season);
					if (spec.isSeasonal() && !seasonal) {
						continue;
					}
					if (spec.needsPositiveData() && !positive) {
						continue;
					}
					if (error == EtsSpec.Error.ADDITIVE && season == EtsSpec.Season.MULTIPLICATIVE) {
						continue;
					}
					specs.add(spec);
				}
			}
		}
		return specs;
	}

}
