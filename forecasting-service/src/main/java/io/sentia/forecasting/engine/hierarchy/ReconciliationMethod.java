package io.sentia.forecasting.engine.hierarchy;

/**
 * How base forecasts become coherent.
 */
public enum ReconciliationMethod {

	/**
	 * Bottom forecasts summed upwards; aggregate models only lend their interval widths.
	 */
	BOTTOM_UP,

	/**
	 * Least-squares projection of all base forecasts onto coherent ones (Hyndman et al.
	 * 2011).
	 */
	OLS,

	/**
	 * Weighted least squares with each node's error variance taken proportional to the
	 * number of bottom series in it (structural scaling, Athanasopoulos et al. 2017).
	 */
	WLS_STRUCTURAL

}
