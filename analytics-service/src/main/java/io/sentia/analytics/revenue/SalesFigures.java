package io.sentia.analytics.revenue;

import java.math.BigDecimal;

/**
 * Sales of one group in one currency over a range of UTC order dates, as the database
 * summed them (unrounded).
 *
 * @param key the group, e.g. {@code UK} or {@code 2025-W02}
 * @param currency ISO-4217 currency the orders were in
 * @param revenue order totals (or, grouped by SKU, line totals) net of refunds, without
 * cancelled orders, in {@code currency}
 * @param revenueBase the part of {@code revenue} that had an exchange rate, converted to
 * the base currency at each order day's rate
 * @param unconverted the part of {@code revenue} without any rate on or before its day,
 * in {@code currency}; zero when everything converted
 * @param convertedAtEarlierRate orders converted with an earlier day's rate, as their day
 * had none
 * @param revenueWithCostBase base-currency revenue of the lines whose product has a unit
 * cost that converts
 * @param costBase cost of those lines (units × the product's unit cost) in the base
 * currency
 * @param orders orders that are not cancelled
 * @param units units sold net of refunds, without cancelled orders
 * @param refundedOrders orders refunded in full or in part
 * @param cancelledOrders cancelled orders, which count in no other figure
 */
record SalesFigures(String key, String currency, BigDecimal revenue, BigDecimal revenueBase, BigDecimal unconverted,
		long convertedAtEarlierRate, BigDecimal revenueWithCostBase, BigDecimal costBase, long orders, long units,
		long refundedOrders, long cancelledOrders) {

}
