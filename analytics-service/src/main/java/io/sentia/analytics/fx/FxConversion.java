package io.sentia.analytics.fx;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * An amount converted to another currency on a day, with the rate used and how it was
 * found; or an explicit gap when no rate on or before that day exists. Never a silent
 * 1.0: a gap has no amount.
 *
 * @param status how the amount was converted, or {@link Status#GAP}
 * @param amount the converted amount (four decimals, half up; the amount itself for the
 * same currency), or {@code null} for a gap
 * @param fromCurrency ISO-4217 currency of the original amount
 * @param toCurrency ISO-4217 currency converted to
 * @param date the day the conversion is for
 * @param appliedRate units of {@code toCurrency} per unit of {@code fromCurrency}
 * ({@code 1} for the same currency), or {@code null} for a gap
 * @param rateDate the day of the rate used: {@code date} itself, or an earlier day; or
 * {@code null} for the same currency and for a gap
 * @param source where the rate used came from, or {@code null} when no rate was used
 */
public record FxConversion(Status status, @Nullable BigDecimal amount, String fromCurrency, String toCurrency,
		LocalDate date, @Nullable BigDecimal appliedRate, @Nullable LocalDate rateDate, @Nullable FxRateSource source) {

	/** How a conversion was made. */
	public enum Status {

		/** Same currency: the amount unchanged, at exactly 1. */
		SAME_CURRENCY,

		/** With the rate of the day itself. */
		RATE_OF_THE_DAY,

		/** With the latest rate before the day, as there was none for the day. */
		EARLIER_RATE,

		/** No rate on or before the day: not converted. */
		GAP

	}

	/** Whether the rate of an earlier day was used, as there was none for the day. */
	public boolean earlierRateUsed() {
		return this.status == Status.EARLIER_RATE;
	}

	/** Whether the amount could not be converted for want of a rate. */
	public boolean gap() {
		return this.status == Status.GAP;
	}

	/** The converted amount, empty for a gap. */
	public Optional<BigDecimal> convertedAmount() {
		return Optional.ofNullable(this.amount);
	}

}
