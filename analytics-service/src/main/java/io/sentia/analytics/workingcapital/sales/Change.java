package io.sentia.analytics.workingcapital.sales;

import java.math.BigDecimal;
import java.math.MathContext;

import io.sentia.analytics.workingcapital.BaseCurrency;

/**
 * How a figure moved from a base period to the current one.
 *
 * @param base the figure in the base period, or {@code null} when it has none
 * @param current the figure now, or {@code null} when it has none
 * @param absolute current − base, or {@code null} when either is missing
 * @param percent absolute ÷ |base| × 100 with two decimals, or {@code null} when the base
 * is zero or missing
 */
public record Change(BigDecimal base, BigDecimal current, BigDecimal absolute, BigDecimal percent) {

	/** Scale of {@link #percent()}. */
	public static final int PERCENT_SCALE = 2;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/**
	 * The change from one figure to another.
	 * @param base the earlier figure, or {@code null}
	 * @param current the later figure, or {@code null}
	 * @return the change
	 */
	public static Change between(BigDecimal base, BigDecimal current) {
		if (base == null || current == null) {
			return new Change(base, current, null, null);
		}
		BigDecimal absolute = current.subtract(base);
		BigDecimal percent = (base.signum() == 0) ? null
				: absolute.multiply(HUNDRED)
					.divide(base.abs(), MathContext.DECIMAL128)
					.setScale(PERCENT_SCALE, BaseCurrency.ROUNDING);
		return new Change(base, current, absolute, percent);
	}

	/**
	 * The change between two counts.
	 * @param base the earlier count
	 * @param current the later count
	 * @return the change
	 */
	public static Change between(long base, long current) {
		return between(BigDecimal.valueOf(base), BigDecimal.valueOf(current));
	}

}
