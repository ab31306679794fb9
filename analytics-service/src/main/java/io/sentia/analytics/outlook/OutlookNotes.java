package io.sentia.analytics.outlook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How an outlook's input was made from the read models: the exchange rates used, what
 * could not be converted or priced and so is left out, and which channels got a default
 * payout plan.
 *
 * @param rates each foreign currency's rate to the base currency used (the as-of date's,
 * else the latest earlier one, flagged)
 * @param unconverted amounts left out for want of any rate on or before the as-of date
 * @param skusWithoutPrice forecast SKUs left out because the catalogue has no selling
 * price for them
 * @param purchasesWithoutCost suggested purchases left out because they carry no cost
 * @param channelsOnDefaultPayoutPlan channels with forecast sales and no configured plan
 * that got the documented default
 * @param approvedPurchasesNote why approved purchases are (or are not) listed
 */
public record OutlookNotes(List<RateUsed> rates, List<Unconverted> unconverted, List<String> skusWithoutPrice,
		List<String> purchasesWithoutCost, List<String> channelsOnDefaultPayoutPlan, String approvedPurchasesNote) {

	public OutlookNotes {
		rates = List.copyOf(rates);
		unconverted = List.copyOf(unconverted);
		skusWithoutPrice = List.copyOf(skusWithoutPrice);
		purchasesWithoutCost = List.copyOf(purchasesWithoutCost);
		channelsOnDefaultPayoutPlan = List.copyOf(channelsOnDefaultPayoutPlan);
	}

	/**
	 * One currency's conversion to the base currency.
	 *
	 * @param currency the foreign currency
	 * @param rate units of the base currency per unit of it
	 * @param rateDate the day of the rate
	 * @param earlierRate whether that day is before the as-of date (no rate of the day)
	 */
	public record RateUsed(String currency, BigDecimal rate, @Nullable LocalDate rateDate, boolean earlierRate) {

	}

	/**
	 * An amount the outlook leaves out because no rate converts it.
	 *
	 * @param item what it is, e.g. {@code invoice INV-1} or {@code opening cash}
	 * @param amount the amount in its currency
	 * @param currency its currency
	 */
	public record Unconverted(String item, BigDecimal amount, String currency) {

	}

}
