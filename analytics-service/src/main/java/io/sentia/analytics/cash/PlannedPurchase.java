package io.sentia.analytics.cash;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A purchase planning recommends (suggested) or a person has approved, not yet placed as
 * a purchase order; paid its supplier's terms after the goods would arrive.
 *
 * @param id the recommendation's id, which scenarios name to delay or drop it
 * @param supplier who it would be ordered from
 * @param orderDate when it is to be ordered
 * @param expectedArrival when the goods would arrive
 * @param supplierTermsDays days after arrival the supplier is paid; negative for a
 * supplier paid before delivery
 * @param amount its estimated cost, in the tenant's base currency
 * @param fxEstimated whether the conversion used an estimated rate
 */
public record PlannedPurchase(String id, String supplier, LocalDate orderDate, LocalDate expectedArrival,
		int supplierTermsDays, BigDecimal amount, boolean fxEstimated) {

	public PlannedPurchase {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(supplier, "supplier");
		Objects.requireNonNull(orderDate, "orderDate");
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
	 * The same purchase with different supplier terms.
	 * @param days the new terms in days after arrival
	 * @return a new purchase
	 */
	public PlannedPurchase withSupplierTermsDays(int days) {
		return new PlannedPurchase(this.id, this.supplier, this.orderDate, this.expectedArrival, days, this.amount,
				this.fxEstimated);
	}

	/**
	 * The same purchase ordered, and so delivered and paid, some days later.
	 * @param days days to move it by; negative brings it forward
	 * @return a new purchase
	 */
	public PlannedPurchase delayedBy(int days) {
		return new PlannedPurchase(this.id, this.supplier, this.orderDate.plusDays(days),
				this.expectedArrival.plusDays(days), this.supplierTermsDays, this.amount, this.fxEstimated);
	}

}
