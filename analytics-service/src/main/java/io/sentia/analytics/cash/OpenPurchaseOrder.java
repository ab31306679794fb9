package io.sentia.analytics.cash;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A purchase order placed with a supplier and not yet billed, paid its supplier's terms
 * after the goods arrive.
 *
 * @param purchaseOrderId the source's purchase order id
 * @param supplier who the order is placed with
 * @param expectedArrival when the goods are expected (the caller fills an unknown date,
 * e.g. order date plus the supplier's lead time)
 * @param supplierTermsDays days after arrival the supplier is paid; negative for a
 * supplier paid before delivery
 * @param amount the order's value still to pay, in the tenant's base currency
 * @param fxEstimated whether the conversion used an estimated rate
 */
public record OpenPurchaseOrder(String purchaseOrderId, String supplier, LocalDate expectedArrival,
		int supplierTermsDays, BigDecimal amount, boolean fxEstimated) {

	public OpenPurchaseOrder {
		Objects.requireNonNull(purchaseOrderId, "purchaseOrderId");
		Objects.requireNonNull(supplier, "supplier");
		Objects.requireNonNull(expectedArrival, "expectedArrival");
		Objects.requireNonNull(amount, "amount");
	}

	/**
	 * The day the supplier is paid.
	 * @return expected arrival plus the supplier's terms
	 */
	public LocalDate paymentDate() {
		return this.expectedArrival.plusDays(this.supplierTermsDays);
	}

	/**
	 * The same order with different supplier terms.
	 * @param days the new terms in days after arrival
	 * @return a new order
	 */
	public OpenPurchaseOrder withSupplierTermsDays(int days) {
		return new OpenPurchaseOrder(this.purchaseOrderId, this.supplier, this.expectedArrival, days, this.amount,
				this.fxEstimated);
	}

}
