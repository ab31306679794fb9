package io.sentia.analytics.cash;

/**
 * The kinds of line a week of the outlook is made of, in the order they are shown:
 * inflows first, then outflows.
 */
public enum LineCategory {

	/** Open sales invoices, on their due date shifted by the customer's days late. */
	RECEIVABLES(CashFlow.IN),

	/**
	 * Forecast sales turned into payouts by the channel's payout plan; one line per
	 * channel.
	 */
	FORECAST_PAYOUTS(CashFlow.IN),

	/** One-off inflows; one line per label. */
	ONE_OFF_INFLOWS(CashFlow.IN),

	/** Open bills, on their due date. */
	PAYABLES(CashFlow.OUT),

	/** Open purchase orders, at expected arrival plus supplier terms. */
	PURCHASE_ORDERS(CashFlow.OUT),

	/**
	 * Recommended purchases a person approved, at expected arrival plus supplier terms.
	 */
	APPROVED_PURCHASES(CashFlow.OUT),

	/** Purchases planning recommends, not approved: planned, not committed. */
	SUGGESTED_PURCHASES(CashFlow.OUT),

	/** Monthly payments a MANAGER configured; one line per name. */
	RECURRING_OUTFLOWS(CashFlow.OUT),

	/** One-off outflows; one line per label. */
	ONE_OFF_OUTFLOWS(CashFlow.OUT);

	private final CashFlow flow;

	LineCategory(CashFlow flow) {
		this.flow = flow;
	}

	/**
	 * Which way this category's money normally moves.
	 * @return the flow
	 */
	public CashFlow flow() {
		return this.flow;
	}

	/**
	 * Whether the category holds planned money nobody has committed to yet.
	 * @return {@code true} for suggested purchases
	 */
	public boolean planned() {
		return this == SUGGESTED_PURCHASES;
	}

}
