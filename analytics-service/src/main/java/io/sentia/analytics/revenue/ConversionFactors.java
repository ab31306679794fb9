package io.sentia.analytics.revenue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import io.sentia.analytics.fx.FxConversion;
import io.sentia.analytics.fx.FxRateTable;
import io.sentia.analytics.workingcapital.DateRange;

/**
 * The rate of every currency to the base currency on every day of a range, as the
 * tenant's rate table gives it, laid out for the database to join on ({@code currency},
 * {@code day}): SQL then sums converted amounts at each day's own rate. A day without any
 * rate on or before it has no factor, so its amounts stay unconverted and are reported as
 * such.
 *
 * @param currencies the currency of each factor
 * @param days the day of each factor, ISO
 * @param factors units of base currency per unit of the currency, plain decimals
 * @param earlier whether each factor is an earlier day's rate, as the day had none
 */
record ConversionFactors(String[] currencies, String[] days, String[] factors, String[] earlier) {

	static ConversionFactors of(FxRateTable rates, String baseCurrency, Collection<String> currencies,
			DateRange range) {
		List<String> currencyColumn = new ArrayList<>();
		List<String> dayColumn = new ArrayList<>();
		List<String> factorColumn = new ArrayList<>();
		List<String> earlierColumn = new ArrayList<>();
		for (String currency : new TreeSet<>(currencies)) {
			for (LocalDate day = range.from(); !day.isAfter(range.to()); day = day.plusDays(1)) {
				FxConversion conversion = rates.convert(BigDecimal.ONE, currency, baseCurrency, day);
				if (conversion.gap()) {
					continue;
				}
				currencyColumn.add(currency);
				dayColumn.add(day.toString());
				factorColumn.add(conversion.appliedRate().toPlainString());
				earlierColumn.add(Boolean.toString(conversion.earlierRateUsed()));
			}
		}
		return new ConversionFactors(currencyColumn.toArray(String[]::new), dayColumn.toArray(String[]::new),
				factorColumn.toArray(String[]::new), earlierColumn.toArray(String[]::new));
	}

}
