package io.sentia.analytics.workingcapital.liquidity;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.sentia.events.CashDirection;

/**
 * A bank transaction that is not deleted, from the bank transactions read model.
 *
 * @param date the transaction date
 * @param direction in or out
 * @param amount the amount in the base currency, never negative
 */
public record BankMovement(LocalDate date, CashDirection direction, BigDecimal amount) {

	public BankMovement {
		if (date == null || direction == null || amount == null) {
			throw new IllegalArgumentException("date, direction and amount are required");
		}
		if (amount.signum() < 0) {
			throw new IllegalArgumentException("A bank movement's amount is never negative but was " + amount);
		}
	}

}
