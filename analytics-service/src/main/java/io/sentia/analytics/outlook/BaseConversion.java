package io.sentia.analytics.outlook;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.sentia.analytics.fx.FxConversion;
import io.sentia.analytics.fx.FxRateTable;
import io.sentia.analytics.workingcapital.BaseCurrency;
import org.jspecify.annotations.Nullable;

/**
 * Converts every amount of one outlook to the base currency at the as-of date's rate
 * (else the latest earlier one, flagged), remembering the rates used and what could not
 * be converted. An amount still owed or held is worth what it converts to today, so one
 * date serves every item.
 */
final class BaseConversion {

	private final FxRateTable table;

	private final String base;

	private final LocalDate asOf;

	private final Map<String, OutlookNotes.RateUsed> rates = new TreeMap<>();

	private final List<OutlookNotes.Unconverted> unconverted = new ArrayList<>();

	BaseConversion(FxRateTable table, String base, LocalDate asOf) {
		this.table = table;
		this.base = base;
		this.asOf = asOf;
	}

	/**
	 * Converts an amount, noting a gap under the item's name.
	 * @return the converted amount, or {@code null} when no rate exists
	 */
	@Nullable Converted convert(BigDecimal amount, String currency, String item) {
		Converted converted = convertQuietly(amount, currency);
		if (converted == null) {
			this.unconverted.add(new OutlookNotes.Unconverted(item, amount, currency));
		}
		return converted;
	}

	/**
	 * Converts an amount of money and rounds it once, from the exact converted amount, to
	 * the base currency's minor unit (half even), noting a gap under the item's name.
	 * Rounding the four-decimal amount of {@link #convert} to cents again can be a cent
	 * off.
	 * @return the converted amount, or {@code null} when no rate exists
	 */
	@Nullable Converted money(BigDecimal amount, String currency, String item) {
		BaseCurrency base = BaseCurrency.of(this.base);
		Converted converted = convertQuietly(amount, currency, base.scale(), BaseCurrency.ROUNDING);
		if (converted == null) {
			this.unconverted.add(new OutlookNotes.Unconverted(item, amount, currency));
			return null;
		}
		return new Converted(base.round(converted.amount()), converted.estimated());
	}

	/** Converts an amount without noting a gap (for weights, not for cash). */
	@Nullable Converted convertQuietly(BigDecimal amount, String currency) {
		return convertQuietly(amount, currency, FxRateTable.AMOUNT_SCALE, RoundingMode.HALF_UP);
	}

	private @Nullable Converted convertQuietly(BigDecimal amount, String currency, int scale, RoundingMode rounding) {
		FxConversion conversion = this.table.convert(amount, currency, this.base, this.asOf, scale, rounding);
		if (conversion.gap()) {
			return null;
		}
		if (conversion.status() != FxConversion.Status.SAME_CURRENCY) {
			this.rates.putIfAbsent(currency, new OutlookNotes.RateUsed(currency, conversion.appliedRate(),
					conversion.rateDate(), conversion.earlierRateUsed()));
		}
		return new Converted(conversion.amount(), conversion.earlierRateUsed());
	}

	List<OutlookNotes.RateUsed> rates() {
		return List.copyOf(this.rates.values());
	}

	List<OutlookNotes.Unconverted> unconverted() {
		return List.copyOf(this.unconverted);
	}

	/**
	 * An amount in the base currency.
	 *
	 * @param amount the converted amount
	 * @param estimated whether an earlier day's rate was used
	 */
	record Converted(BigDecimal amount, boolean estimated) {

	}

}
