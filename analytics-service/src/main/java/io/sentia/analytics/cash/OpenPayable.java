package io.sentia.analytics.cash;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A supplier bill still (partly) unpaid, paid on its due date.
 *
 * @param billId the accounting system's bill id
 * @param contact the supplier
 * @param dueDate when payment is due, or {@code null} when the bill has no terms (then it
 * is due on receipt, so paid at once)
 * @param amountDue the amount still due, in the tenant's base currency
 * @param fxEstimated whether the conversion used an estimated rate
 */
public record OpenPayable(String billId, String contact, LocalDate dueDate, BigDecimal amountDue, boolean fxEstimated) {

	public OpenPayable {
		Objects.requireNonNull(billId, "billId");
		Objects.requireNonNull(contact, "contact");
		Objects.requireNonNull(amountDue, "amountDue");
	}

}
