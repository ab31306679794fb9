package io.sentia.analytics.workingcapital.liquidity;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The balance items at a date, in the base currency; {@code null} where the read models
 * cannot give the item (no bank feed, no unit costs...).
 *
 * @param asOf the date
 * @param cash bank balance, see {@link LiquidityCalculator#cash}
 * @param receivables total of open {@code ACCREC} invoices
 * @param inventoryAtCost stock on hand × unit cost
 * @param payables total of open {@code ACCPAY} bills
 * @param openPurchaseOrders value of purchase orders not yet received (memo only)
 */
public record BalanceSheetInputs(LocalDate asOf, BigDecimal cash, BigDecimal receivables, BigDecimal inventoryAtCost,
		BigDecimal payables, BigDecimal openPurchaseOrders) {

	public BalanceSheetInputs {
		if (asOf == null) {
			throw new IllegalArgumentException("asOf is required");
		}
	}

	/**
	 * The amount of one item.
	 * @param item the item
	 * @return its amount, or {@code null} when not available
	 */
	public BigDecimal amount(BalanceItem item) {
		return switch (item) {
			case CASH -> this.cash;
			case RECEIVABLES -> this.receivables;
			case INVENTORY_AT_COST -> this.inventoryAtCost;
			case PAYABLES -> this.payables;
			case OPEN_PURCHASE_ORDERS -> this.openPurchaseOrders;
		};
	}

}
