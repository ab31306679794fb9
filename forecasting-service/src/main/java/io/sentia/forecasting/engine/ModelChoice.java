package io.sentia.forecasting.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The model families a caller can ask for; {@link #AUTO} lets the engine choose per
 * series.
 */
public enum ModelChoice {

	AUTO, ETS, ARIMA, THETA, CROSTON, SBA, TSB, SNAIVE, NAIVE, ENSEMBLE;

	/** The lower-case name used on the command line and in APIs. */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static ModelChoice fromId(String id) {
		for (ModelChoice choice : values()) {
			if (choice.id().equals(id.trim().toLowerCase(Locale.ROOT))) {
				return choice;
			}
		}
		throw new IllegalArgumentException("unknown model '" + id + "'; expected one of "
				+ Arrays.stream(values()).map(ModelChoice::id).collect(Collectors.joining("|")));
	}

}
