package io.sentia.forecasting.engine;

/**
 * A model estimated on one series, ready to forecast from the end of that series.
 */
public interface FittedModel {

	/**
	 * Short name with the chosen structure, e.g. {@code ETS(AAdN)}; never contains a
	 * comma.
	 */
	String name();

	/** Point forecasts for h = 1..horizon. */
	double[] pointForecast(int horizon);

	/** Point forecasts and intervals at the given levels (percent). */
	Forecast forecast(int horizon, double[] levels);

	/**
	 * Small-sample corrected Akaike information criterion, or NaN when the model has no
	 * likelihood (comparable only between models fitted to the same data).
	 */
	default double aicc() {
		return Double.NaN;
	}

}
