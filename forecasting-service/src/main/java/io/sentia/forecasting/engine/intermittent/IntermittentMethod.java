package io.sentia.forecasting.engine.intermittent;

/**
 * Ways to forecast the mean demand rate of an intermittent series.
 */
public enum IntermittentMethod {

	/** Smoothed demand size over smoothed inter-demand interval (Croston 1972). */
	CROSTON,

	/** Croston scaled by 1 − α/2 to remove its upward bias (Syntetos and Boylan 2005). */
	SBA,

	/**
	 * Smoothed demand size times a demand probability updated every period (Teunter et
	 * al. 2011).
	 */
	TSB

}
