package io.sentia.analytics.cash.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A what-if on the cash outlook. Every part is optional; an empty part (or zero) changes
 * nothing, so {@link #NONE} gives the base case exactly. The parts combine: demand change
 * and monthly growth multiply.
 *
 * @param demandChangePercent forecast sales up or down by this percentage, −100 to 1000
 * @param monthlyGrowthPercent forecast sales grow by this percentage every month from the
 * as-of date (month 1 unchanged, month 2 × (1 + g), month 3 × (1 + g)², …), −100 to 100
 * @param customersPayLaterDays every customer pays this many days later (negative:
 * earlier): open receivables and forecast sales on net terms, −365 to 365
 * @param supplierTermsChangeDays suppliers are paid this many days later (negative:
 * earlier): purchase orders and approved and suggested purchases, −365 to 365; bills
 * already issued keep their due date
 * @param suggestedPurchaseChanges suggested purchases to delay or drop, by id
 * @param extraLines one-off cash lines to add
 */
public record Scenario(BigDecimal demandChangePercent, BigDecimal monthlyGrowthPercent, Integer customersPayLaterDays,
		Integer supplierTermsChangeDays, List<SuggestedPurchaseChange> suggestedPurchaseChanges,
		List<ExtraCashLine> extraLines) {

	/** The scenario that changes nothing. */
	public static final Scenario NONE = new Scenario(null, null, null, null, null, null);

	public Scenario {
		suggestedPurchaseChanges = copy(suggestedPurchaseChanges);
		extraLines = copy(extraLines);
	}

	/** Keeps null elements a client sent, for the validator to name. */
	private static <T> List<T> copy(List<T> values) {
		return (values != null) ? Collections.unmodifiableList(new ArrayList<>(values)) : List.of();
	}

}
