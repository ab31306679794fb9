package io.sentia.analytics.capital;

import io.sentia.analytics.workingcapital.ageing.AgeingReport;

/**
 * Open receivables or payables by ageing bucket, in total and per contact, with how their
 * amounts were converted.
 *
 * @param ageing the buckets: {@code total} in the base currency is exactly the sum of the
 * contacts' and of the five buckets; {@code totalByCurrency} in each original currency
 * @param fx earlier rates used and items left out for want of a rate (in no bucket)
 */
public record AgeingAnswer(AgeingReport ageing, FxNotes fx) {
}
