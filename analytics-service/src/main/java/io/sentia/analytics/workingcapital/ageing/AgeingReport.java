package io.sentia.analytics.workingcapital.ageing;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;

import io.sentia.events.InvoiceType;

/**
 * Open receivables or payables by ageing bucket at a date, in total and per contact. The
 * contacts' buckets add up to the total's, bucket by bucket, to the cent.
 *
 * @param type {@code ACCREC} or {@code ACCPAY}
 * @param asOf the date the items are aged at
 * @param baseCurrency ISO-4217 code of the base-currency amounts
 * @param total every open item of the type, in the base currency
 * @param totalByCurrency every open item, in each original currency
 * @param contacts per contact, largest open total first (then by contact id)
 */
public record AgeingReport(InvoiceType type, LocalDate asOf, String baseCurrency, AgeingBuckets total,
		SortedMap<String, AgeingBuckets> totalByCurrency, List<ContactAgeing> contacts) {

}
