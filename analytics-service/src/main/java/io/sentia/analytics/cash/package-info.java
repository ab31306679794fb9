/**
 * The 13-week cash outlook engine: pure, deterministic Java with no database and no
 * Spring. {@link io.sentia.analytics.cash.CashOutlookEngine#project} turns a
 * {@link io.sentia.analytics.cash.CashOutlookInput} (opening cash, open receivables and
 * bills, purchase orders, forecast sales with each channel's payout plan, suggested and
 * approved purchases, recurring and one-off outflows, all in the tenant's base currency)
 * into a {@link io.sentia.analytics.cash.CashOutlook}.
 * <ul>
 * <li>Weeks: 13 runs of 7 days, week 1 starting on the as-of date (not ISO weeks), so
 * every week is whole.</li>
 * <li>Dates: receivables on due date plus the customer's average days late; bills on due
 * date; purchase orders and planned purchases at expected arrival plus supplier terms;
 * recurring outflows on their day of month (the month's last day when shorter); forecast
 * sales spread evenly over their period's days and paid out by the channel's
 * {@link io.sentia.analytics.cash.PayoutSchedule}. Anything dated before the as-of date
 * (overdue) falls on the as-of date, in week 1; anything after week 13 is left out.</li>
 * <li>Money: every movement is rounded to cents (half even) before it is summed, so
 * {@code closing = opening + Σ lines} to the cent and each week opens at the previous
 * week's closing.</li>
 * <li>Lowest point: balances are kept day by day; a week's lowest point is its lowest
 * end-of-day balance, and the week is below threshold when that is below the minimum
 * cash.</li>
 * </ul>
 * Scenarios live in {@code cash.scenario}, the shortfall alert rule in
 * {@code cash.shortfall}.
 */
package io.sentia.analytics.cash;
