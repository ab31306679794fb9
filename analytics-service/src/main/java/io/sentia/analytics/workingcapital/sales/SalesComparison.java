package io.sentia.analytics.workingcapital.sales;

import java.util.Collection;

import io.sentia.analytics.workingcapital.BaseCurrency;
import io.sentia.analytics.workingcapital.DateRange;

/**
 * A period's KPIs side by side with the previous period's and the same period's last
 * year.
 *
 * @param period the period asked for
 * @param previousPeriod the equally long period before it
 * @param samePeriodLastYear the same dates a year earlier
 * @param current KPIs of the period
 * @param previous KPIs of the previous period
 * @param lastYear KPIs of the same period last year
 * @param vsPrevious changes from the previous period
 * @param vsLastYear changes from the same period last year
 */
public record SalesComparison(DateRange period, DateRange previousPeriod, DateRange samePeriodLastYear,
		SalesKpis current, SalesKpis previous, SalesKpis lastYear, KpiChanges vsPrevious, KpiChanges vsLastYear) {

	/**
	 * Compares a period's totals with the totals of the periods it is compared with.
	 * @param period the period asked for
	 * @param current its totals
	 * @param previous totals of {@link DateRange#previous()}
	 * @param lastYear totals of {@link DateRange#sameLastYear()}
	 * @param base the base currency of the amounts
	 * @return the comparison
	 */
	public static SalesComparison of(DateRange period, PeriodAggregate current, PeriodAggregate previous,
			PeriodAggregate lastYear, BaseCurrency base) {
		SalesKpis now = SalesKpis.of(current, base);
		SalesKpis before = SalesKpis.of(previous, base);
		SalesKpis yearAgo = SalesKpis.of(lastYear, base);
		return new SalesComparison(period, period.previous(), period.sameLastYear(), now, before, yearAgo,
				KpiChanges.between(before, now), KpiChanges.between(yearAgo, now));
	}

	/**
	 * Compares a period with its previous period and the same period last year, from
	 * order lines that cover all three.
	 * @param period the period asked for
	 * @param lines lines of at least the three periods; others are ignored
	 * @param aggregator adds the lines up
	 * @param base the base currency of the amounts
	 * @return the comparison
	 */
	public static SalesComparison of(DateRange period, Collection<SalesLine> lines, SalesAggregator aggregator,
			BaseCurrency base) {
		return of(period, aggregator.aggregate(lines, period), aggregator.aggregate(lines, period.previous()),
				aggregator.aggregate(lines, period.sameLastYear()), base);
	}

}
