package io.sentia.analytics.workingcapital.sales;

/**
 * How every KPI moved between two periods.
 *
 * @param revenue revenue
 * @param orders orders
 * @param units units
 * @param averageOrderValue average order value
 * @param grossMargin gross margin
 * @param grossMarginPercent gross margin %; its absolute change is in percentage points
 * @param refunds refunds
 * @param cancellations cancellations
 */
public record KpiChanges(Change revenue, Change orders, Change units, Change averageOrderValue, Change grossMargin,
		Change grossMarginPercent, Change refunds, Change cancellations) {

	/**
	 * The changes from a base period's KPIs to the current ones.
	 * @param base the earlier period
	 * @param current the later period
	 * @return the changes
	 */
	public static KpiChanges between(SalesKpis base, SalesKpis current) {
		PeriodAggregate was = base.totals();
		PeriodAggregate now = current.totals();
		return new KpiChanges(Change.between(was.revenue(), now.revenue()), Change.between(was.orders(), now.orders()),
				Change.between(was.units(), now.units()),
				Change.between(base.averageOrderValue().value(), current.averageOrderValue().value()),
				Change.between(was.grossMargin(), now.grossMargin()),
				Change.between(base.grossMarginPercent().value(), current.grossMarginPercent().value()),
				Change.between(was.refunds(), now.refunds()), Change.between(was.cancellations(), now.cancellations()));
	}

}
