package io.sentia.analytics.workingcapital.ageing;

import java.util.SortedMap;

import io.sentia.analytics.workingcapital.ContactRef;

/**
 * One customer's or supplier's open items by bucket.
 *
 * @param contact the contact
 * @param buckets the amounts in the base currency
 * @param byCurrency the amounts in each original currency, by ISO-4217 code
 */
public record ContactAgeing(ContactRef contact, AgeingBuckets buckets, SortedMap<String, AgeingBuckets> byCurrency) {

}
