package io.sentia.analytics.fx;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * A tenant's exchange rates held in memory, converting any number of amounts without
 * further queries. A conversion uses a rate of the pair in either direction (1 base =
 * rate quote converts base to quote by multiplying, quote to base by dividing): the rate
 * of the day if there is one, else the latest earlier one, flagged as such; with none at
 * all it answers a gap. Of two rates of the same day (one per direction) the manual one
 * wins, then the one stored in the direction asked. Immutable and free of I/O.
 */
public final class FxRateTable {

	/** Decimals of a converted amount: as many as the read models store. */
	public static final int AMOUNT_SCALE = 4;

	/** Decimals of an applied rate computed as the inverse of a stored one. */
	public static final int RATE_SCALE = 12;

	private static final Comparator<FxRateSource> PREFERENCE = Comparator
		.comparingInt((source) -> (source == FxRateSource.MANUAL) ? 0 : 1);

	private final Map<String, NavigableMap<LocalDate, FxRate>> byPair;

	private FxRateTable(Map<String, NavigableMap<LocalDate, FxRate>> byPair) {
		this.byPair = byPair;
	}

	/**
	 * A table of the given rates; of two rates of one pair and day, the later in the
	 * collection wins.
	 * @param rates the rates, of one tenant
	 * @return the table
	 */
	public static FxRateTable of(Collection<FxRate> rates) {
		Map<String, NavigableMap<LocalDate, FxRate>> byPair = new HashMap<>();
		for (FxRate rate : rates) {
			byPair.computeIfAbsent(pair(rate.base(), rate.quote()), (key) -> new TreeMap<>()).put(rate.date(), rate);
		}
		return new FxRateTable(byPair);
	}

	/**
	 * Converts an amount from one currency to another on a day.
	 * @param amount the amount, any sign
	 * @param fromCurrency ISO-4217 currency of the amount
	 * @param toCurrency ISO-4217 currency to convert to
	 * @param date the day the amount belongs to
	 * @return the conversion, or a gap when no rate on or before the day exists
	 */
	public FxConversion convert(BigDecimal amount, String fromCurrency, String toCurrency, LocalDate date) {
		return convert(amount, fromCurrency, toCurrency, date, AMOUNT_SCALE, RoundingMode.HALF_UP);
	}

	/**
	 * Converts an amount from one currency to another on a day, rounded once, from the
	 * exact product or quotient, to the given decimals. Money that is summed in a
	 * currency's minor unit is converted with this, so it is rounded once: rounding the
	 * four-decimal amount of {@link #convert(BigDecimal, String, String, LocalDate)}
	 * again can be a cent off (35.18502 → 35.1850 → 35.18 half even, not 35.19).
	 * @param amount the amount, any sign
	 * @param fromCurrency ISO-4217 currency of the amount
	 * @param toCurrency ISO-4217 currency to convert to
	 * @param date the day the amount belongs to
	 * @param scale decimals of the converted amount
	 * @param rounding how the converted amount is rounded to them
	 * @return the conversion (the amount unchanged for the same currency), or a gap when
	 * no rate on or before the day exists
	 */
	public FxConversion convert(BigDecimal amount, String fromCurrency, String toCurrency, LocalDate date, int scale,
			RoundingMode rounding) {
		if (fromCurrency.equals(toCurrency)) {
			return new FxConversion(FxConversion.Status.SAME_CURRENCY, amount, fromCurrency, toCurrency, date,
					BigDecimal.ONE, null, null);
		}
		FxRate direct = latest(fromCurrency, toCurrency, date);
		FxRate inverse = latest(toCurrency, fromCurrency, date);
		FxRate rate = preferred(direct, inverse);
		if (rate == null) {
			return new FxConversion(FxConversion.Status.GAP, null, fromCurrency, toCurrency, date, null, null, null);
		}
		FxConversion.Status status = rate.date().equals(date) ? FxConversion.Status.RATE_OF_THE_DAY
				: FxConversion.Status.EARLIER_RATE;
		if (rate == direct) {
			return new FxConversion(status, amount.multiply(rate.rate()).setScale(scale, rounding), fromCurrency,
					toCurrency, date, rate.rate(), rate.date(), rate.source());
		}
		return new FxConversion(status, amount.divide(rate.rate(), scale, rounding), fromCurrency, toCurrency, date,
				BigDecimal.ONE.divide(rate.rate(), RATE_SCALE, RoundingMode.HALF_UP), rate.date(), rate.source());
	}

	private @Nullable FxRate latest(String base, String quote, LocalDate date) {
		NavigableMap<LocalDate, FxRate> rates = this.byPair.get(pair(base, quote));
		if (rates == null) {
			return null;
		}
		Map.Entry<LocalDate, FxRate> entry = rates.floorEntry(date);
		return (entry != null) ? entry.getValue() : null;
	}

	private static @Nullable FxRate preferred(@Nullable FxRate direct, @Nullable FxRate inverse) {
		if (direct == null || inverse == null) {
			return (direct != null) ? direct : inverse;
		}
		int byDate = direct.date().compareTo(inverse.date());
		if (byDate != 0) {
			return (byDate > 0) ? direct : inverse;
		}
		return (PREFERENCE.compare(inverse.source(), direct.source()) < 0) ? inverse : direct;
	}

	private static String pair(String base, String quote) {
		return base + "/" + quote;
	}

}
