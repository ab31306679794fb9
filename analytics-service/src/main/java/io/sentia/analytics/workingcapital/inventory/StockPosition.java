package io.sentia.analytics.workingcapital.inventory;

/**
 * The latest stock level of a SKU at a location, from the inventory read model.
 *
 * @param sku stock keeping unit
 * @param locationId where the stock is, FBA included
 * @param onHand units physically there; negative where the source allows overselling
 * @param inbound units on their way there
 * @param reserved units allocated to orders, part of on hand
 */
public record StockPosition(String sku, String locationId, long onHand, long inbound, long reserved) {

	public StockPosition {
		if (sku == null || locationId == null) {
			throw new IllegalArgumentException("sku and locationId are required");
		}
	}

	/**
	 * Units that count as stock: on hand, never below zero.
	 * @return on hand, or zero when oversold
	 */
	public long countedOnHand() {
		return Math.max(this.onHand, 0);
	}

}
