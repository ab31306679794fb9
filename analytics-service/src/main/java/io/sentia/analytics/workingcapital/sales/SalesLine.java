package io.sentia.analytics.workingcapital.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One order line, from the orders and catalogue read models.
 *
 * @param orderKey identifies the order across sources, e.g. {@code shopify:uk:1001}
 * @param date the day the order was placed, in the tenant's time zone
 * @param region sales region
 * @param channel sales channel
 * @param store store or marketplace
 * @param sku stock keeping unit
 * @param category the SKU's category, or {@code null}
 * @param currency the order's currency
 * @param units units ordered
 * @param revenue line revenue in the order's currency
 * @param revenueBase line revenue converted to the base currency
 * @param costBase units × unit cost in the base currency, or {@code null} when the unit
 * cost is unknown
 * @param refundsBase money refunded on the line, in the base currency, zero if none
 * @param cancelled whether the line's order was cancelled
 */
public record SalesLine(String orderKey, LocalDate date, String region, String channel, String store, String sku,
		String category, String currency, long units, BigDecimal revenue, BigDecimal revenueBase, BigDecimal costBase,
		BigDecimal refundsBase, boolean cancelled) {

	public SalesLine {
		if (orderKey == null || date == null || currency == null || revenue == null || revenueBase == null
				|| refundsBase == null) {
			throw new IllegalArgumentException(
					"orderKey, date, currency, revenue, revenueBase and refundsBase are required");
		}
	}

}
