package io.sentia.analytics.revenue;

import java.util.List;

/**
 * Revenue rows and the totals over them, read together so they always agree.
 *
 * @param rows revenue per group and currency, by key then currency
 * @param totals revenue per currency, by currency
 */
record GroupedRevenue(List<RevenueReport.Row> rows, List<RevenueReport.Total> totals) {
}
