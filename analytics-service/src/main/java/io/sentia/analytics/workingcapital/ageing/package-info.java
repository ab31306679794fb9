/**
 * Ageing of open receivables ({@code ACCREC}) and payables ({@code ACCPAY}) at an as-of
 * date: days overdue = as-of − due date (the issue date when the item has no due date);
 * buckets current (≤ 0 days), 1–30, 31–60, 61–90 and over 90 days, per contact and in
 * total, in the base currency and per original currency. Each item's amount is rounded to
 * the currency's minor unit once, before it is added anywhere, so the buckets add up to
 * the open total to the cent and the contacts add up to the total.
 */
package io.sentia.analytics.workingcapital.ageing;
