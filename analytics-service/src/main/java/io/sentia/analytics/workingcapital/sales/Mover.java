package io.sentia.analytics.workingcapital.sales;

/**
 * A group whose figure moved between two periods.
 *
 * @param key the group, e.g. a SKU
 * @param change from the earlier period to the later
 */
public record Mover(String key, Change change) {

}
