package io.sentia.analytics.revenue;

import java.math.BigDecimal;

/**
 * Sales of one group in one currency over a range of UTC order dates, as the database
 * summed them (four decimals, unrounded).
 *
 * @param key the group, e.g. {@code UK} or {@code 2025-W02}
 * @param currency ISO-4217 currency the figures are in
 * @param revenue order totals (or, grouped by SKU, line totals) net of refunds, without
 * cancelled orders
 * @param orders orders that are not cancelled
 * @param units units sold net of refunds, without cancelled orders
 * @param refundedOrders orders refunded in full or in part
 * @param cancelledOrders cancelled orders, which count in no other figure
 */
record SalesFigures(String key, String currency, BigDecimal revenue, long orders, long units, long refundedOrders,
		long cancelledOrders) {

}
