package io.sentia.analytics.workingcapital.cycle;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A balance at the end of a day, in the base currency: open receivables, open payables or
 * inventory valued at cost. It holds until the next dated balance.
 *
 * @param date the day whose end the balance is measured at
 * @param amount the balance
 */
public record DatedBalance(LocalDate date, BigDecimal amount) {

	public DatedBalance {
		if (date == null || amount == null) {
			throw new IllegalArgumentException("A dated balance needs a date and an amount");
		}
	}

}
