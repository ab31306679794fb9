package io.sentia.analytics.capital;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * How an answer's amounts were converted to the base currency: where an earlier day's
 * rate stood in for a missing one, and which amounts had no rate at all and are left out
 * of every base-currency figure (never converted at 1).
 *
 * @param earlierRates per original currency, the amounts converted with the latest
 * earlier day's rate
 * @param notConverted the amounts without any rate on or before their day, at most
 * {@link Conversions#LISTED_GAPS}
 * @param notConvertedCount how many amounts had no rate, listed or not
 */
public record FxNotes(List<EarlierRate> earlierRates, List<Unconverted> notConverted, long notConvertedCount) {

	public FxNotes {
		earlierRates = List.copyOf(earlierRates);
		notConverted = List.copyOf(notConverted);
	}

	/**
	 * Amounts of one currency converted with an earlier day's rate.
	 *
	 * @param currency ISO-4217 currency converted from
	 * @param amounts how many amounts
	 * @param oldestRateDate the oldest rate day used
	 */
	public record EarlierRate(String currency, long amounts, LocalDate oldestRateDate) {
	}

	/**
	 * An amount left out of the base-currency figures for want of a rate.
	 *
	 * @param item what the amount is, e.g. {@code invoice INV-0042}
	 * @param currency its currency
	 * @param amount the amount in that currency
	 * @param date the day it needed a rate for
	 */
	public record Unconverted(String item, String currency, BigDecimal amount, LocalDate date) {
	}

}
