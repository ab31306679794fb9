package io.sentia.analytics.cash;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A sales invoice still (partly) unpaid, expected on its due date shifted by its
 * customer's own payment behaviour.
 *
 * @param invoiceId the accounting system's invoice id
 * @param contact the customer, the key of {@link CashOutlookInput#customerDaysLate()}
 * @param dueDate when payment is due, or {@code null} when the invoice has no terms (then
 * it is due on receipt, so expected at once)
 * @param amountDue the amount still due, in the tenant's base currency (converting it is
 * the caller's job)
 * @param fxEstimated whether the conversion used an estimated rate (a rate of an earlier
 * day), carried to the line that holds the invoice
 */
public record OpenReceivable(String invoiceId, String contact, LocalDate dueDate, BigDecimal amountDue,
		boolean fxEstimated) {

	public OpenReceivable {
		Objects.requireNonNull(invoiceId, "invoiceId");
		Objects.requireNonNull(contact, "contact");
		Objects.requireNonNull(amountDue, "amountDue");
	}

}
