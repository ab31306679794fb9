package io.sentia.analytics.fx;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One exchange rate of a tenant: 1 {@code base} = {@code rate} {@code quote} on
 * {@code date}.
 *
 * @param base ISO-4217 currency converted from at this rate
 * @param quote ISO-4217 currency converted to, never {@code base}
 * @param date the day the rate is for
 * @param rate units of quote per unit of base, above zero
 * @param source where the rate came from
 */
public record FxRate(String base, String quote, LocalDate date, BigDecimal rate, FxRateSource source) {

	public FxRate {
		if (base.equals(quote)) {
			throw new IllegalArgumentException("base and quote must differ but both are " + base);
		}
		if (rate.signum() <= 0) {
			throw new IllegalArgumentException("rate must be above zero but was " + rate);
		}
	}

}
