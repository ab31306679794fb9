package io.sentia.analytics.workingcapital.cycle;

import java.math.BigDecimal;
import java.util.List;

import io.sentia.analytics.workingcapital.DateRange;

/**
 * What the cash conversion cycle is computed from, all in the base currency.
 *
 * @param window the days the metrics cover, both ends included
 * @param receivables end-of-day balances of open {@code ACCREC} invoices (at most one per
 * date), including one dated on or before the window's first day
 * @param payables end-of-day balances of open {@code ACCPAY} bills, likewise
 * @param inventoryAtCost end-of-day value of stock on hand at unit cost, likewise
 * @param creditSales total of {@code ACCREC} invoices issued in the window
 * @param costOfGoodsSold units sold in the window × unit cost, over the window's order
 * lines
 */
public record CycleInputs(DateRange window, List<DatedBalance> receivables, List<DatedBalance> payables,
		List<DatedBalance> inventoryAtCost, BigDecimal creditSales, BigDecimal costOfGoodsSold) {

	public CycleInputs {
		if (window == null || creditSales == null || costOfGoodsSold == null) {
			throw new IllegalArgumentException("window, creditSales and costOfGoodsSold are required");
		}
		receivables = List.copyOf(receivables);
		payables = List.copyOf(payables);
		inventoryAtCost = List.copyOf(inventoryAtCost);
	}

}
