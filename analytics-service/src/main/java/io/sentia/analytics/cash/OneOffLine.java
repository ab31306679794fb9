package io.sentia.analytics.cash;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A single cash movement known in advance, e.g. a VAT payment, a loan drawdown or a
 * scenario's extra line; each label is its own line.
 *
 * @param label what people call it
 * @param date the day the money moves
 * @param amount how much, not negative; {@code direction} says which way
 * @param direction whether cash comes in or goes out
 */
public record OneOffLine(String label, LocalDate date, BigDecimal amount, CashFlow direction) {

	public OneOffLine {
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(direction, "direction");
		if (amount.signum() < 0) {
			throw new IllegalArgumentException("amount must not be negative");
		}
	}

}
