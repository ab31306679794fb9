package io.sentia.analytics.cash;

/** Which way money moves. */
public enum CashFlow {

	/** Cash comes in. */
	IN,

	/** Cash goes out. */
	OUT

}
