package io.sentia.analytics.workingcapital.ageing;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.sentia.analytics.workingcapital.ContactRef;
import io.sentia.events.InvoiceType;

/**
 * An invoice or bill with an amount still due, from the invoices read model.
 *
 * @param invoiceId the accounting system's id
 * @param type {@code ACCREC} receivable or {@code ACCPAY} payable
 * @param contact the customer or supplier
 * @param issueDate the invoice date
 * @param dueDate when payment is due, or {@code null} when the invoice has no terms (it
 * is then due on its issue date)
 * @param amountDueBase amount still due, converted to the base currency; a credit balance
 * is negative and nets against the rest
 * @param currency the invoice's own currency
 * @param amountDue amount still due in the invoice's own currency
 */
public record OpenItem(String invoiceId, InvoiceType type, ContactRef contact, LocalDate issueDate, LocalDate dueDate,
		BigDecimal amountDueBase, String currency, BigDecimal amountDue) {

	public OpenItem {
		require(invoiceId, "invoiceId");
		require(type, "type");
		require(contact, "contact");
		require(issueDate, "issueDate");
		require(amountDueBase, "amountDueBase");
		require(currency, "currency");
		require(amountDue, "amountDue");
	}

	/**
	 * The day the item falls due: its due date, or its issue date when it has none.
	 * @return the effective due date
	 */
	public LocalDate effectiveDueDate() {
		return (this.dueDate != null) ? this.dueDate : this.issueDate;
	}

	private static void require(Object value, String name) {
		if (value == null) {
			throw new IllegalArgumentException(name + " is required");
		}
	}

}
