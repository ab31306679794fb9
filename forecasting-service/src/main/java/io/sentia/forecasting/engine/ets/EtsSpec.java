package io.sentia.forecasting.engine.ets;

/**
 * The structure of an ETS model: error, trend and season components.
 *
 * @param error additive or multiplicative errors
 * @param trend none, additive or additive damped
 * @param season none, additive or multiplicative
 */
public record EtsSpec(Error error, Trend trend, Season season) {

	/** How errors enter the observation equation. */
	public enum Error {

		ADDITIVE("A"), MULTIPLICATIVE("M");

		private final String code;

		Error(String code) {
			this.code = code;
		}

	}

	/** Trend component. */
	public enum Trend {

		NONE("N"), ADDITIVE("A"), DAMPED("Ad");

		private final String code;

		Trend(String code) {
			this.code = code;
		}

	}

	/** Seasonal component. */
	public enum Season {

		NONE("N"), ADDITIVE("A"), MULTIPLICATIVE("M");

		private final String code;

		Season(String code) {
			this.code = code;
		}

	}

	/** Parses the usual three-letter code such as {@code ANN} or {@code MAdM}. */
	public static EtsSpec parse(String code) {
		Error error = code.charAt(0) == 'M' ? Error.MULTIPLICATIVE : Error.ADDITIVE;
		String rest = code.substring(1);
		Trend trend = rest.startsWith("Ad") ? Trend.DAMPED : rest.charAt(0) == 'A' ? Trend.ADDITIVE : Trend.NONE;
		char seasonCode = rest.charAt(rest.length() - 1);
		Season season = seasonCode == 'A' ? Season.ADDITIVE : seasonCode == 'M' ? Season.MULTIPLICATIVE : Season.NONE;
		EtsSpec spec = new EtsSpec(error, trend, season);
		if (!spec.code().equals(code)) {
			throw new IllegalArgumentException("not an ETS code: " + code);
		}
		return spec;
	}

	public String code() {
		return this.error.code + this.trend.code + this.season.code;
	}

	public boolean hasTrend() {
		return this.trend != Trend.NONE;
	}

	public boolean isSeasonal() {
		return this.season != Season.NONE;
	}

	/** Whether the forecast distribution has a closed form (all components additive). */
	public boolean isLinear() {
		return this.error == Error.ADDITIVE && this.season != Season.MULTIPLICATIVE;
	}

	public boolean needsPositiveData() {
		return this.error == Error.MULTIPLICATIVE || this.season == Season.MULTIPLICATIVE;
	}

}
