package io.sentia.analytics.capital;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.sentia.analytics.fx.FxConversion;
import io.sentia.analytics.fx.FxConverter;
import io.sentia.analytics.fx.FxRateTable;
import io.sentia.analytics.workingcapital.BaseCurrency;
import io.sentia.servicekit.errors.ApiProblemException;
import org.jspecify.annotations.Nullable;

/**
 * Converts one answer's amounts to the tenant's base currency with one table of its
 * rates, noting every earlier rate used and every amount without a rate
 * ({@link FxNotes}). Not thread-safe: one per computation.
 */
final class Conversions {

	/** Unconverted amounts listed by name in an answer; the rest are counted. */
	static final int LISTED_GAPS = 100;

	private final FxRateTable rates;

	private final BaseCurrency base;

	private final Map<String, long[]> earlierCounts = new TreeMap<>();

	private final Map<String, LocalDate> oldestRateDates = new TreeMap<>();

	private final List<FxNotes.Unconverted> gaps = new ArrayList<>();

	private long gapCount;

	private Conversions(FxRateTable rates, BaseCurrency base) {
		this.rates = rates;
		this.base = base;
	}

	/** Conversions with a given table, for tests. */
	static Conversions of(FxRateTable rates, BaseCurrency base) {
		return new Conversions(rates, base);
	}

	/**
	 * The tenant's rates for amounts of days in a range.
	 * @throws ApiProblemException 409 while the tenant's base currency is unknown
	 */
	static Conversions load(FxConverter fx, String tenantId, LocalDate from, LocalDate to) {
		BaseCurrency base = baseCurrency(fx, tenantId);
		return new Conversions(fx.rates(tenantId, from, to), base);
	}

	/**
	 * The tenant's base currency.
	 * @throws ApiProblemException 409 while analytics has not heard of the tenant
	 */
	static BaseCurrency baseCurrency(FxConverter fx, String tenantId) {
		return BaseCurrency.of(fx.baseCurrency(tenantId)
			.orElseThrow(() -> ApiProblemException
				.conflict("Analytics has not yet received this tenant's settings (auth.tenants.v1), so it does not "
						+ "know the base currency to report in; try again shortly")));
	}

	BaseCurrency base() {
		return this.base;
	}

	/**
	 * An amount in the base currency, rounded once to its minor unit from the exact
	 * converted amount (never from the four-decimal one, which can be a cent off).
	 * @return the amount, or {@code null} (noted) when no rate on or before the day
	 * exists
	 */
	@Nullable BigDecimal toBase(String item, BigDecimal amount, String currency, LocalDate date) {
		BigDecimal converted = convert(item, amount, currency, date, this.base.scale(), BaseCurrency.ROUNDING);
		return (converted != null) ? this.base.round(converted) : null;
	}

	/**
	 * An amount in the base currency with the rate table's four decimals, for a price
	 * that is multiplied before it is rounded.
	 * @return the amount, or {@code null} (noted) when no rate on or before the day
	 * exists
	 */
	@Nullable BigDecimal toBaseUnrounded(String item, BigDecimal amount, String currency, LocalDate date) {
		return convert(item, amount, currency, date, FxRateTable.AMOUNT_SCALE, RoundingMode.HALF_UP);
	}

	private @Nullable BigDecimal convert(String item, BigDecimal amount, String currency, LocalDate date, int scale,
			RoundingMode rounding) {
		FxConversion conversion = this.rates.convert(amount, currency, this.base.code(), date, scale, rounding);
		if (conversion.gap()) {
			this.gapCount++;
			if (this.gaps.size() < LISTED_GAPS) {
				this.gaps.add(new FxNotes.Unconverted(item, currency, amount, date));
			}
			return null;
		}
		if (conversion.earlierRateUsed() && conversion.rateDate() != null) {
			this.earlierCounts.computeIfAbsent(currency, (key) -> new long[1])[0]++;
			this.oldestRateDates.merge(currency, conversion.rateDate(), (a, b) -> a.isBefore(b) ? a : b);
		}
		return conversion.amount();
	}

	FxNotes notes() {
		List<FxNotes.EarlierRate> earlier = new ArrayList<>();
		this.earlierCounts.forEach((currency, count) -> earlier
			.add(new FxNotes.EarlierRate(currency, count[0], this.oldestRateDates.get(currency))));
		return new FxNotes(earlier, this.gaps, this.gapCount);
	}

}
