package io.sentia.analytics.cash;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A payment a MANAGER configures to repeat every month on the same day.
 *
 * @param name what people call it, e.g. {@code Payroll}; each name is its own line
 * @param kind what sort of payment it is
 * @param amount the amount of each payment in the tenant's base currency (the caller
 * converts a payment configured in another currency), not negative
 * @param dayOfMonth the day it is paid, 1 to 31; in a shorter month it is paid on the
 * last day
 * @param fxEstimated whether the conversion used an estimated rate
 */
public record RecurringOutflow(String name, Kind kind, BigDecimal amount, int dayOfMonth, boolean fxEstimated) {

	public RecurringOutflow {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(amount, "amount");
		if (amount.signum() < 0) {
			throw new IllegalArgumentException("amount must not be negative");
		}
		if (dayOfMonth < 1 || dayOfMonth > 31) {
			throw new IllegalArgumentException("dayOfMonth must be between 1 and 31");
		}
	}

	/** What sort of payment a recurring outflow is. */
	public enum Kind {

		/** Wages and salaries. */
		PAYROLL,

		/** Rent of premises or warehouse space. */
		RENT,

		/** Excise or import duty. */
		DUTY,

		/** VAT, sales or other taxes. */
		TAX,

		/** Loan repayments and interest. */
		LOAN,

		/** Anything else. */
		OTHER

	}

}
