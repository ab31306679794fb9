package io.sentia.analytics.cash;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The 13-week cash outlook: thirteen weeks of seven days from the as-of date, each with
 * its lines and balances.
 *
 * @param asOf the first day of week 1
 * @param currency the base currency every amount is in
 * @param openingBalance cash at the start of {@code asOf}, in cents
 * @param minimumCash the minimum cash threshold, in cents
 * @param weeks the 13 weeks, in order
 * @param channelsWithoutPayoutPlan channels with forecast sales but no payout plan, whose
 * sales were counted as cash on the day of the sale
 * @param fxEstimated whether any amount used an estimated exchange rate
 */
public record CashOutlook(LocalDate asOf, String currency, BigDecimal openingBalance, BigDecimal minimumCash,
		List<CashWeek> weeks, List<String> channelsWithoutPayoutPlan, boolean fxEstimated) {

	/** Weeks in an outlook. */
	public static final int WEEKS = 13;

	/** Days in an outlook. */
	public static final int DAYS = WEEKS * 7;

	public CashOutlook {
		weeks = List.copyOf(weeks);
		channelsWithoutPayoutPlan = List.copyOf(channelsWithoutPayoutPlan);
	}

	/**
	 * Cash at the end of week 13.
	 * @return the last week's closing balance
	 */
	public BigDecimal closingBalance() {
		return this.weeks.getLast().closing();
	}

	/**
	 * The week with the lowest point of the 13 (the first such week on a tie).
	 * @return that week
	 */
	public CashWeek lowestWeek() {
		return this.weeks.stream().min(Comparator.comparing(CashWeek::lowestPoint)).orElseThrow();
	}

	/**
	 * The first week that goes below the minimum cash threshold.
	 * @return that week, or empty when none does
	 */
	public Optional<CashWeek> firstWeekBelowThreshold() {
		return this.weeks.stream().filter(CashWeek::belowThreshold).findFirst();
	}

}
