package io.sentia.analytics.workingcapital;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * The tenant's base currency, the one every figure is converted to, and the rounding of
 * amounts in it to its minor unit (cents for GBP, EUR and USD; whole yen for JPY).
 *
 * @param code ISO-4217 code
 */
public record BaseCurrency(String code) {

	/** Rounding of every money amount and every derived figure in this package. */
	public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

	public BaseCurrency {
		if (code == null) {
			throw new IllegalArgumentException("Base currency is required");
		}
		Currency.getInstance(code);
	}

	/**
	 * The base currency with the given ISO-4217 code.
	 * @param code e.g. {@code GBP}
	 * @return the currency
	 */
	public static BaseCurrency of(String code) {
		return new BaseCurrency(code);
	}

	/**
	 * Digits after the decimal point of the currency's minor unit.
	 * @return 2 for most currencies, 0 for JPY
	 */
	public int scale() {
		return minorUnitDigits(this.code);
	}

	/**
	 * The amount rounded to the currency's minor unit ({@link #ROUNDING}).
	 * @param amount any amount in this currency
	 * @return the amount with the currency's scale
	 */
	public BigDecimal round(BigDecimal amount) {
		return amount.setScale(scale(), ROUNDING);
	}

	/**
	 * Zero, with the currency's scale.
	 * @return {@code 0.00} for GBP
	 */
	public BigDecimal zero() {
		return BigDecimal.ZERO.setScale(scale());
	}

	/**
	 * Digits of the minor unit of any ISO-4217 currency; 2 for those without one (such as
	 * gold).
	 * @param code ISO-4217 code
	 * @return the digits
	 */
	public static int minorUnitDigits(String code) {
		int digits = Currency.getInstance(code).getDefaultFractionDigits();
		return (digits < 0) ? 2 : digits;
	}

}
