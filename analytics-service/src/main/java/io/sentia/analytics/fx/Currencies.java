package io.sentia.analytics.fx;

import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * ISO-4217 currency codes as the JDK knows them.
 */
final class Currencies {

	private static final Set<String> CODES = Currency.getAvailableCurrencies()
		.stream()
		.map(Currency::getCurrencyCode)
		.collect(Collectors.toUnmodifiableSet());

	private Currencies() {
	}

	/** Whether the value is an ISO-4217 code, upper case, e.g. {@code GBP}. */
	static boolean isIso4217(String value) {
		return value != null && CODES.contains(value);
	}

}
