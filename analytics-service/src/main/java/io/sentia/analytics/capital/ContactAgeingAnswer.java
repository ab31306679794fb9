package io.sentia.analytics.capital;

import java.time.LocalDate;
import java.util.SortedMap;

import io.sentia.analytics.workingcapital.ContactRef;
import io.sentia.analytics.workingcapital.ageing.AgeingBuckets;
import io.sentia.events.InvoiceType;

/**
 * One contact's open items by ageing bucket.
 *
 * @param type {@code ACCREC} or {@code ACCPAY}
 * @param asOf the day the items are aged at
 * @param baseCurrency ISO-4217 code of {@code buckets}
 * @param contact the contact
 * @param buckets the amounts in the base currency (zeros when nothing is open)
 * @param byCurrency the amounts in each original currency
 * @param fx earlier rates used and items left out for want of a rate
 */
public record ContactAgeingAnswer(InvoiceType type, LocalDate asOf, String baseCurrency, ContactRef contact,
		AgeingBuckets buckets, SortedMap<String, AgeingBuckets> byCurrency, FxNotes fx) {
}
