package io.sentia.analytics.workingcapital.sales;

import java.math.BigDecimal;
import java.util.SortedMap;

/**
 * Sales totals of a period or a group, in the base currency unless stated.
 *
 * @param revenue revenue of lines not cancelled
 * @param revenueByCurrency the same revenue in each order currency, by ISO-4217 code
 * @param revenueWithCost revenue of the lines whose cost is known
 * @param grossMargin Σ (revenue − cost) over the lines whose cost is known
 * @param orders distinct orders with a line not cancelled
 * @param units units of lines not cancelled
 * @param refunds money refunded
 * @param cancellations distinct orders with a cancelled line
 */
public record PeriodAggregate(BigDecimal revenue, SortedMap<String, BigDecimal> revenueByCurrency,
		BigDecimal revenueWithCost, BigDecimal grossMargin, long orders, long units, BigDecimal refunds,
		long cancellations) {

}
