package io.sentia.analytics.revenue;

import java.time.LocalDate;
import java.util.List;

/**
 * Revenue of a tenant over a date range, grouped one way, never adding currencies
 * together. Amounts are decimal strings with two decimals. Cancelled orders are left out;
 * a refunded order still counts as an order, with the revenue it kept.
 *
 * @param from first UTC order date, inclusive
 * @param to last UTC order date, inclusive
 * @param groupBy {@code region} | {@code channel} | {@code day}
 * @param rows revenue per group and currency, by key then currency; groups without orders
 * are left out
 * @param totals revenue per currency over the whole range
 */
public record RevenueReport(LocalDate from, LocalDate to, String groupBy, List<Row> rows, List<Total> totals) {

	/**
	 * Revenue of one group in one currency.
	 *
	 * @param key the group: a region, a channel or a date
	 * @param currency ISO-4217 currency
	 * @param revenue sum of order totals
	 * @param orders orders, cancelled ones left out
	 */
	public record Row(String key, String currency, String revenue, long orders) {
	}

	/**
	 * Revenue in one currency over the whole range.
	 *
	 * @param currency ISO-4217 currency
	 * @param revenue sum of order totals
	 * @param orders orders, cancelled ones left out
	 */
	public record Total(String currency, String revenue, long orders) {
	}

}
