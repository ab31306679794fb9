package io.sentia.analytics.workingcapital.payments;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.sentia.analytics.workingcapital.ContactRef;

/**
 * One payment allocated to an invoice, joined with the invoice's dates (payments and
 * invoices read models).
 *
 * @param contact who paid (or was paid)
 * @param invoiceId the invoice paid
 * @param issueDate the invoice's issue date
 * @param dueDate the invoice's due date, or {@code null} when it has no terms
 * @param paidOn the payment date
 * @param amount the amount paid, in the base currency; payments of zero carry no weight
 */
public record InvoicePayment(ContactRef contact, String invoiceId, LocalDate issueDate, LocalDate dueDate,
		LocalDate paidOn, BigDecimal amount) {

	public InvoicePayment {
		if (contact == null || invoiceId == null || issueDate == null || paidOn == null || amount == null) {
			throw new IllegalArgumentException("contact, invoiceId, issueDate, paidOn and amount are required");
		}
		if (amount.signum() < 0) {
			throw new IllegalArgumentException("A payment amount is never negative but was " + amount);
		}
	}

	/**
	 * The day the invoice fell due: its due date, or its issue date when it has none.
	 * @return the effective due date
	 */
	public LocalDate effectiveDueDate() {
		return (this.dueDate != null) ? this.dueDate : this.issueDate;
	}

}
