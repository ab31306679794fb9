package io.sentia.analytics.workingcapital.sales;

/**
 * The totals of one group of sales.
 *
 * @param key the group, e.g. {@code UK} or {@code 2026-W50}
 * @param totals its totals
 */
public record SalesGroup(String key, PeriodAggregate totals) {

}
