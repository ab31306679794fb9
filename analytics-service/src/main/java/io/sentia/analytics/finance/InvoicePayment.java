package io.sentia.analytics.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.sentia.events.InvoiceType;
import org.jspecify.annotations.Nullable;

/**
 * A payment joined with the invoice it pays, as read: the basis of each customer's (or
 * supplier's) actual days to pay.
 *
 * @param source connector of both
 * @param invoiceId the invoice
 * @param type the invoice's type
 * @param contactId the invoice's contact
 * @param contactName the invoice's contact name
 * @param issueDate the invoice date
 * @param dueDate the due date, or {@code null}
 * @param paymentId the payment
 * @param paidOn payment date
 * @param amount amount paid, never negative
 * @param currency currency of the amount
 */
public record InvoicePayment(String source, String invoiceId, InvoiceType type, String contactId, String contactName,
		LocalDate issueDate, @Nullable LocalDate dueDate, String paymentId, LocalDate paidOn, BigDecimal amount,
		String currency) {
}
