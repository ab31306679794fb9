package io.sentia.analytics.workingcapital.payments;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import io.sentia.analytics.workingcapital.ContactRef;

/**
 * A contact's actual payment behaviour, amount-weighted over its payments.
 *
 * @param contact the contact
 * @param payments how many payments (of a positive amount) it is based on
 * @param invoices how many distinct invoices those paid
 * @param amountPaid their total, in the base currency
 * @param averageDaysToPay Σ amount × (paid − issued) ÷ Σ amount, two decimals
 * @param averageDaysLate Σ amount × (paid − due) ÷ Σ amount, two decimals; negative when
 * early
 */
public record PaymentBehaviour(ContactRef contact, int payments, int invoices, BigDecimal amountPaid,
		BigDecimal averageDaysToPay, BigDecimal averageDaysLate) {

	/**
	 * Whole days to shift a due date by: the average days late, rounded half-even.
	 * @return days, negative when the contact pays early
	 */
	public long shiftDays() {
		return this.averageDaysLate.setScale(0, RoundingMode.HALF_EVEN).longValueExact();
	}

	/**
	 * When this contact will likely pay an invoice due on a given day.
	 * @param dueDate the invoice's due date
	 * @return the due date shifted by {@link #shiftDays()}
	 */
	public LocalDate expectedPaymentDate(LocalDate dueDate) {
		return dueDate.plusDays(shiftDays());
	}

}
