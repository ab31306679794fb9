package io.sentia.analytics.finance;

import java.math.BigDecimal;

/**
 * Net cash moved through the tenant's bank accounts in one currency: received minus spent
 * over the authorised bank transactions up to a date.
 *
 * @param currency ISO-4217 currency
 * @param received sum of money received
 * @param spent sum of money spent
 * @param transactions number of transactions summed
 */
public record CashMovement(String currency, BigDecimal received, BigDecimal spent, long transactions) {

	/** Received minus spent. */
	public BigDecimal net() {
		return this.received.subtract(this.spent);
	}

}
