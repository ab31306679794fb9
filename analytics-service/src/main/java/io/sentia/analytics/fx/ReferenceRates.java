package io.sentia.analytics.fx;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A day's reference rates of a feed against its base (the ECB's: EUR), able to give the
 * rates against any currency it quotes, crossed through the base.
 *
 * @param date the day the rates are for
 * @param base the feed's base currency
 * @param rates units of each currency per unit of {@code base}, by currency
 */
record ReferenceRates(LocalDate date, String base, Map<String, BigDecimal> rates) {

	ReferenceRates {
		rates = Collections.unmodifiableSortedMap(new TreeMap<>(rates));
	}

	/** Every currency the day's rates can convert, the base included. */
	Set<String> currencies() {
		Set<String> currencies = new TreeSet<>(this.rates.keySet());
		currencies.add(this.base);
		return currencies;
	}

	/**
	 * The day's rates from {@code tenantBase} to every other currency served: 1
	 * tenantBase = (quote per feed base) / (tenantBase per feed base) quote.
	 * @param tenantBase a currency of {@link #currencies()}
	 * @param source the source to mark the rates with
	 * @return one rate per other currency, by quote
	 */
	List<FxRate> crossRates(String tenantBase, FxRateSource source) {
		BigDecimal basePerFeedBase = perFeedBase(tenantBase);
		List<FxRate> crossed = new ArrayList<>();
		for (String quote : currencies()) {
			if (!quote.equals(tenantBase)) {
				BigDecimal rate = perFeedBase(quote).divide(basePerFeedBase, FxRateTable.RATE_SCALE,
						RoundingMode.HALF_UP);
				crossed.add(new FxRate(tenantBase, quote, this.date, rate.stripTrailingZeros(), source));
			}
		}
		return crossed;
	}

	private BigDecimal perFeedBase(String currency) {
		return currency.equals(this.base) ? BigDecimal.ONE : this.rates.get(currency);
	}

}
