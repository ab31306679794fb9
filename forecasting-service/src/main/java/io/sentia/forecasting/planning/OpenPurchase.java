package io.sentia.forecasting.planning;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Units of a SKU still to arrive on an open purchase order line.
 *
 * @param locationId the receiving location, null when the source does not say
 * @param expectedDate when the units are due (the line's date, else the order's), null
 * when not known
 */
public record OpenPurchase(String purchaseOrder, String sku, @Nullable String locationId,
		@Nullable LocalDate expectedDate, int quantity) {

}
