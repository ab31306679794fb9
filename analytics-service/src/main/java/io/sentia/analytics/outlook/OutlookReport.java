package io.sentia.analytics.outlook;

import io.sentia.analytics.cash.CashOutlook;

/**
 * The answer of {@code GET /api/analytics/v1/cash/outlook}: the 13 weeks and how their
 * input was made.
 *
 * @param outlook the outlook, every amount in the base currency
 * @param notes conversions, gaps and defaults behind it
 */
public record OutlookReport(CashOutlook outlook, OutlookNotes notes) {

}
