package io.sentia.analytics.workingcapital.liquidity;

/** A balance-sheet item the ratios are built from. */
public enum BalanceItem {

	/** Money in the bank, from bank transactions. */
	CASH("cash"),

	/** Open sales invoices. */
	RECEIVABLES("receivables"),

	/** Stock on hand valued at unit cost. */
	INVENTORY_AT_COST("inventory at cost"),

	/** Open bills. */
	PAYABLES("payables"),

	/** Purchase orders not yet received: a commitment, shown but in no ratio. */
	OPEN_PURCHASE_ORDERS("open purchase orders");

	private final String label;

	BalanceItem(String label) {
		this.label = label;
	}

	/**
	 * The item as a user reads it.
	 * @return e.g. {@code inventory at cost}
	 */
	public String label() {
		return this.label;
	}

}
