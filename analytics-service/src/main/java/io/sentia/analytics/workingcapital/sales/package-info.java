/**
 * Sales KPIs of a period compared with the previous period and the same period last year,
 * grouping, top movers and the period arithmetic they need:
 * <ul>
 * <li>revenue = Σ line revenue of lines not cancelled (each line rounded to the cent
 * first, so revenue summed by any grouping gives the same grand total); orders = distinct
 * orders with a line not cancelled; units likewise; refunds = Σ refunds; cancellations =
 * distinct orders with a cancelled line;</li>
 * <li>gross margin = Σ (revenue − cost) over lines not cancelled that have a cost (units
 * × unit cost); average order value = revenue ÷ orders; gross margin % = gross margin ÷
 * revenue of the lines with a cost × 100;</li>
 * <li>change = current − base, and % = change ÷ |base| × 100 (two decimals), undefined
 * ({@code null}) when the base is zero or missing;</li>
 * <li>previous period = the equally long range ending the day before; same period last
 * year = the same calendar dates a year earlier (29 February → 28 February);</li>
 * <li>buckets: day {@code 2026-12-07}, ISO week {@code 2026-W50} (week-based year, weeks
 * from Monday), month {@code 2026-12};</li>
 * <li>top movers: groups ranked by absolute change, largest rise and largest fall first,
 * ties by key; a group missing in one period counts zero there.</li>
 * </ul>
 */
package io.sentia.analytics.workingcapital.sales;
