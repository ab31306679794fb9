package io.sentia.forecasting.engine.arima;

/**
 * The orders of a seasonal ARIMA(p,d,q)(P,D,Q)[m] model and whether it has a constant (a
 * mean when undifferenced, a drift when differenced once).
 *
 * @param p autoregressive order
 * @param d differences
 * @param q moving-average order
 * @param seasonalP seasonal autoregressive order
 * @param seasonalD seasonal differences
 * @param seasonalQ seasonal moving-average order
 * @param period season length m (1 when non-seasonal)
 * @param constant whether a mean or drift is estimated
 */
public record ArimaOrder(int p, int d, int q, int seasonalP, int seasonalD, int seasonalQ, int period,
		boolean constant) {

	public ArimaOrder {
		if (p < 0 || d < 0 || q < 0 || seasonalP < 0 || seasonalD < 0 || seasonalQ < 0 || period < 1) {
			throw new IllegalArgumentException("ARIMA orders must not be negative");
		}
		if (period == 1 && (seasonalP > 0 || seasonalD > 0 || seasonalQ > 0)) {
			throw new IllegalArgumentException("seasonal orders need a period above 1");
		}
	}

	public static ArimaOrder nonSeasonal(int p, int d, int q, boolean constant) {
		return new ArimaOrder(p, d, q, 0, 0, 0, 1, constant);
	}

	/** Coefficients estimated, not counting the innovation variance. */
	public int coefficientCount() {
		return this.p + this.q + this.seasonalP + this.seasonalQ + (this.constant ? 1 : 0);
	}

	/** Observations lost to differencing. */
	public int differencingLoss() {
		return this.d + this.seasonalD * this.period;
	}

	public ArimaOrder with(int p, int q, int seasonalP, int seasonalQ, boolean constant) {
		return new ArimaOrder(p, this.d, q, seasonalP, this.seasonalD, seasonalQ, this.period, constant);
	}

	/**
	 * E.g. {@code ARIMA(1 1 0)(0 1 1)[12] drift}; spaces instead of commas keep CSV
	 * output simple.
	 */
	public String label() {
		StringBuilder label = new StringBuilder("ARIMA(").append(this.p)
			.append(' ')
			.append(this.d)
			.append(' ')
			.append(this.q)
			.append(')');
		if (this.period > 1) {
			label.append('(')
				.append(this.seasonalP)
				.append(' ')
				.append(this.seasonalD)
				.append(' ')
				.append(this.seasonalQ)
				.append(")[")
				.append(this.period)
				.append(']');
		}
		if (this.constant) {
			label.append(differencingLoss() == 0 ? " mean" : " drift");
		}
		return label.toString();
	}

}
