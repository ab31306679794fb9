package io.sentia.analytics.workingcapital.inventory;

import java.math.BigDecimal;

import io.sentia.analytics.workingcapital.Figure;

/**
 * Units and their value at cost, for one SKU at one location or, with no location, at all
 * its locations.
 *
 * @param sku stock keeping unit
 * @param locationId the location, or {@code null} for the SKU's total
 * @param onHand units on hand (negative when oversold)
 * @param inbound units inbound
 * @param reserved units reserved
 * @param unitCost the unit cost in the base currency, or {@code null} when unknown
 * @param onHandValue on hand (at least zero) × unit cost
 * @param inboundValue inbound × unit cost
 * @param reservedValue reserved × unit cost
 */
public record StockValue(String sku, String locationId, long onHand, long inbound, long reserved, BigDecimal unitCost,
		Figure onHandValue, Figure inboundValue, Figure reservedValue) {

}
