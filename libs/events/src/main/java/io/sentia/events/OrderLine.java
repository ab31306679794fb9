package io.sentia.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One line of a sales order.
 *
 * @param lineId the source's line id
 * @param sku stock keeping unit as the tenant's catalogue names it
 * @param quantity units ordered, after cancellations and refunds
 * @param unitPrice price of one unit
 * @param lineTotal revenue of the line net of discounts
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderLine(String lineId, String sku, int quantity, Money unitPrice, Money lineTotal) {

	public OrderLine {
		Invariants.requiredText(lineId, "lineId");
		Invariants.requiredText(sku, "sku");
		Invariants.notNegative(quantity, "quantity");
		Invariants.required(unitPrice, "unitPrice");
		Invariants.required(lineTotal, "lineTotal");
	}

}
