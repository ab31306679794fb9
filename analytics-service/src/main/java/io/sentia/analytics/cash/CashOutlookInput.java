package io.sentia.analytics.cash;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the 13-week cash outlook is computed from, already in the tenant's base
 * currency. The engine reads nothing else, so a scenario is a changed copy of this.
 *
 * @param asOf the first day of the outlook; week 1 starts on it
 * @param baseCurrency the tenant's base currency (ISO-4217) every amount is in
 * @param openingBalance cash at the start of {@code asOf}, across the tenant's bank
 * accounts
 * @param minimumCash the tenant's minimum cash threshold; a week whose lowest point is
 * below it is a shortfall
 * @param receivables open sales invoices
 * @param customerDaysLate each customer's average days late (negative: early) from
 * payment history, by {@link OpenReceivable#contact()}; a customer not in it pays on time
 * @param payables open bills
 * @param purchaseOrders open purchase orders placed and not yet billed
 * @param forecastSales forecast revenue per channel and period
 * @param payoutPlans how each channel pays out, at most one per channel; sales of a
 * channel without one are counted as cash the day of the sale, and the outlook names the
 * channel
 * @param suggestedPurchases purchases planning recommends (planned, not approved)
 * @param approvedPurchases recommended purchases a person approved, not yet placed
 * @param recurringOutflows monthly payments a MANAGER configured
 * @param oneOffLines single movements known in advance
 */
public record CashOutlookInput(LocalDate asOf, String baseCurrency, BigDecimal openingBalance, BigDecimal minimumCash,
		List<OpenReceivable> receivables, Map<String, Integer> customerDaysLate, List<OpenPayable> payables,
		List<OpenPurchaseOrder> purchaseOrders, List<ForecastSales> forecastSales, List<PayoutPlan> payoutPlans,
		List<PlannedPurchase> suggestedPurchases, List<PlannedPurchase> approvedPurchases,
		List<RecurringOutflow> recurringOutflows, List<OneOffLine> oneOffLines) {

	public CashOutlookInput {
		Objects.requireNonNull(asOf, "asOf");
		Objects.requireNonNull(baseCurrency, "baseCurrency");
		Objects.requireNonNull(openingBalance, "openingBalance");
		Objects.requireNonNull(minimumCash, "minimumCash");
		receivables = copy(receivables);
		customerDaysLate = (customerDaysLate != null) ? Map.copyOf(customerDaysLate) : Map.of();
		payables = copy(payables);
		purchaseOrders = copy(purchaseOrders);
		forecastSales = copy(forecastSales);
		payoutPlans = copy(payoutPlans);
		suggestedPurchases = copy(suggestedPurchases);
		approvedPurchases = copy(approvedPurchases);
		recurringOutflows = copy(recurringOutflows);
		oneOffLines = copy(oneOffLines);
		Set<String> channels = new HashSet<>();
		for (PayoutPlan plan : payoutPlans) {
			if (!channels.add(plan.channel())) {
				throw new IllegalArgumentException("payoutPlans has two plans for channel " + plan.channel());
			}
		}
	}

	/**
	 * An outlook input with nothing but its balances; the {@code with…} methods add the
	 * rest.
	 * @param asOf the first day of the outlook
	 * @param baseCurrency the tenant's base currency
	 * @param openingBalance cash at the start of {@code asOf}
	 * @param minimumCash the minimum cash threshold
	 * @return the input
	 */
	public static CashOutlookInput of(LocalDate asOf, String baseCurrency, BigDecimal openingBalance,
			BigDecimal minimumCash) {
		return new CashOutlookInput(asOf, baseCurrency, openingBalance, minimumCash, null, null, null, null, null, null,
				null, null, null, null);
	}

	/**
	 * The last day of the outlook.
	 * @return {@code asOf} plus 13 weeks less a day
	 */
	public LocalDate horizonEnd() {
		return this.asOf.plusDays(CashOutlook.DAYS - 1);
	}

	public CashOutlookInput withMinimumCash(BigDecimal value) {
		return new CashOutlookInput(this.asOf, this.baseCurrency, this.openingBalance, value, this.receivables,
				this.customerDaysLate, this.payables, this.purchaseOrders, this.forecastSales, this.payoutPlans,
				this.suggestedPurchases, this.approvedPurchases, this.recurringOutflows, this.oneOffLines);
	}

	public CashOutlookInput withReceivables(List<OpenReceivable> value) {
		return new CashOutlookInput(this.asOf, this.baseCurrency, this.openingBalance, this.minimumCash, value,
				this.customerDaysLate, this.payables, this.purchaseOrders, this.forecastSales, this.payoutPlans,
				this.suggestedPurchases, this.approvedPurchases, this.recurringOutflows, this.oneOffLines);
	}

	public CashOutlookInput withCustomerDaysLate(Map<String, Integer> value) {
		return new CashOutlookInput(this.asOf, this.baseCurrency, this.openingBalance, this.minimumCash,
				this.receivables, value, this.payables, this.purchaseOrders, this.forecastSales, this.payoutPlans,
				this.suggestedPurchases, this.approvedPurchases, this.recurringOutflows, this.oneOffLines);
	}

	public CashOutlookInput withPayables(List<OpenPayable> value) {
		return new CashOutlookInput(this.asOf, this.baseCurrency, this.openingBalance, this.minimumCash,
				this.receivables, this.customerDaysLate, value, this.purchaseOrders, this.forecastSales,
				this.payoutPlans, this.suggestedPurchases, this.approvedPurchases, this.recurringOutflows,
				this.oneOffLines);
	}

	public CashOutlookInput withPurchaseOrders(List<OpenPurchaseOrder> value) {
		return new CashOutlookInput(this.asOf, this.baseCurrency, this.openingBalance, this.minimumCash,
				this.receivables, this.customerDaysLate, this.payables, value, this.forecastSales, this.payoutPlans,
				this.suggestedPurchases, this.approvedPurchases, this.recurringOutflows, this.oneOffLines);
	}

	public CashOutlookInput withForecastSales(List<ForecastSales> value) {
		return new CashOutlookInput(this.asOf, this.baseCurrency, this.openingBalance, this.minimumCash,
				this.receivables, this.customerDaysLate, this.payables, this.purchaseOrders, value, this.payoutPlans,
				this.suggestedPurchases, this.approvedPurchases, this.recurringOutflows, this.oneOffLines);
	}

	public CashOutlookInput withPayoutPlans(List<PayoutPlan> value) {
		return new CashOutlookInput(this.asOf, this.baseCurrency, this.openingBalance, this.minimumCash,
				this.receivables, this.customerDaysLate, this.payables, this.purchaseOrders, this.forecastSales, value,
				this.suggestedPurchases, this.approvedPurchases, this.recurringOutflows, this.oneOffLines);
	}

	public CashOutlookInput withSuggestedPurchases(List<PlannedPurchase> value) {
		return new CashOutlookInput(this.asOf, this.baseCurrency, this.openingBalance, this.minimumCash,
				this.receivables, this.customerDaysLate, this.payables, this.purchaseOrders, this.forecastSales,
				this.payoutPlans, value, this.approvedPurchases, this.recurringOutflows, this.oneOffLines);
	}

	public CashOutlookInput withApprovedPurchases(List<PlannedPurchase> value) {
		return new CashOutlookInput(this.asOf, this.baseCurrency, this.openingBalance, this.minimumCash,
				this.receivables, this.customerDaysLate, this.payables, this.purchaseOrders, this.forecastSales,
				this.payoutPlans, this.suggestedPurchases, value, this.recurringOutflows, this.oneOffLines);
	}

	public CashOutlookInput withRecurringOutflows(List<RecurringOutflow> value) {
		return new CashOutlookInput(this.asOf, this.baseCurrency, this.openingBalance, this.minimumCash,
				this.receivables, this.customerDaysLate, this.payables, this.purchaseOrders, this.forecastSales,
				this.payoutPlans, this.suggestedPurchases, this.approvedPurchases, value, this.oneOffLines);
	}

	public CashOutlookInput withOneOffLines(List<OneOffLine> value) {
		return new CashOutlookInput(this.asOf, this.baseCurrency, this.openingBalance, this.minimumCash,
				this.receivables, this.customerDaysLate, this.payables, this.purchaseOrders, this.forecastSales,
				this.payoutPlans, this.suggestedPurchases, this.approvedPurchases, this.recurringOutflows, value);
	}

	private static <T> List<T> copy(List<T> values) {
		return (values != null) ? List.copyOf(values) : List.of();
	}

}
