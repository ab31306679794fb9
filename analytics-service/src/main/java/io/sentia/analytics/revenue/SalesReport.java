package io.sentia.analytics.revenue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.sentia.analytics.workingcapital.DateRange;
import io.sentia.analytics.workingcapital.sales.KpiChanges;
import io.sentia.analytics.workingcapital.sales.SalesKpis;
import io.sentia.analytics.workingcapital.sales.TopMovers;
import org.jspecify.annotations.Nullable;

/**
 * Sales KPIs of a tenant over a range of UTC order dates, each group compared with the
 * previous period of equal length and with the same period last year. Money is in the
 * tenant's base currency, converted at each order day's rate, and also per original
 * currency ({@code revenueByCurrency}).
 *
 * @param from first UTC order date, inclusive
 * @param to last UTC order date, inclusive
 * @param groupBy what rows are keyed by
 * @param baseCurrency the currency money figures are converted to
 * @param periods the three periods compared
 * @param totals the whole tenant
 * @param rows one per group; for day, week and month groups only the current period,
 * whose keys do not recur in the others
 * @param topMovers SKUs whose base-currency revenue rose or fell most against the
 * previous period
 * @param conversion per original currency: what could not be converted, and what was
 * converted with an earlier day's rate
 */
public record SalesReport(LocalDate from, LocalDate to, String groupBy, String baseCurrency, Periods periods,
		Row totals, List<Row> rows, TopMovers topMovers, List<Conversion> conversion) {

	/**
	 * The compared periods.
	 *
	 * @param current the range asked for
	 * @param previous the same number of days just before it
	 * @param lastYear the same dates a year earlier (29 February becomes 28 February)
	 */
	public record Periods(DateRange current, DateRange previous, DateRange lastYear) {

	}

	/**
	 * One group's KPIs.
	 *
	 * @param key the group, {@code total} for the totals
	 * @param current KPIs of the range
	 * @param previous KPIs of the previous period, or {@code null} for day, week and
	 * month rows
	 * @param lastYear KPIs of the same period last year, or {@code null} for day, week
	 * and month rows
	 * @param vsPrevious changes against the previous period
	 * @param vsLastYear changes against the same period last year
	 * @param refundedOrders orders of the range refunded in full or in part (refund
	 * amounts are not published by the connectors: order figures are already net of them)
	 */
	public record Row(String key, SalesKpis current, @Nullable SalesKpis previous, @Nullable SalesKpis lastYear,
			@Nullable KpiChanges vsPrevious, @Nullable KpiChanges vsLastYear, long refundedOrders) {

	}

	/**
	 * How one original currency's revenue of the range was converted.
	 *
	 * @param currency ISO-4217 currency
	 * @param revenue revenue in that currency
	 * @param unconverted the part without any rate on or before its day: left out of
	 * every base-currency figure, never converted at 1
	 * @param ordersAtEarlierRate orders converted with the latest earlier day's rate, as
	 * their day had none
	 */
	public record Conversion(String currency, BigDecimal revenue, BigDecimal unconverted, long ordersAtEarlierRate) {

	}

}
