package io.sentia.analytics.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.sentia.analytics.capital.AgeingAnswer;
import io.sentia.analytics.cash.CashOutlook;
import io.sentia.analytics.cash.CashWeek;
import io.sentia.analytics.outlook.OutlookReport;
import io.sentia.analytics.revenue.SalesReport;
import io.sentia.analytics.workingcapital.Figure;
import io.sentia.analytics.workingcapital.ageing.ContactAgeing;
import io.sentia.analytics.workingcapital.sales.Change;
import io.sentia.analytics.workingcapital.sales.PeriodAggregate;
import org.jspecify.annotations.Nullable;

/**
 * What the one-page summary shows, taken from the sales, outlook and receivables answers:
 * the sales KPIs of a range, the 13 weekly closing balances, and the top risks (weeks
 * below the minimum cash and the customers with the most overdue).
 *
 * @param from first day of the sales range
 * @param to last day of the sales range
 * @param currency the base currency of every amount
 * @param kpis label and value of each sales KPI, in order
 * @param outlookAsOf the first day of the outlook
 * @param weeks the 13 weeks' closing balances
 * @param minimumCash the minimum cash threshold
 * @param risks one line per risk, weeks below the threshold first
 */
record ExecutiveSummary(LocalDate from, LocalDate to, String currency, List<Kpi> kpis, LocalDate outlookAsOf,
		List<WeekBar> weeks, BigDecimal minimumCash, List<String> risks) {

	/** Customers with the largest overdue amounts listed among the risks. */
	static final int OVERDUE_CUSTOMERS = 5;

	/**
	 * A KPI as printed.
	 *
	 * @param label what it is
	 * @param value its value with unit, or why it is not available
	 */
	record Kpi(String label, String value) {
	}

	/**
	 * One bar of the chart.
	 *
	 * @param number week 1–13
	 * @param start its first day
	 * @param closing its closing balance
	 * @param belowThreshold whether its lowest point is below the minimum cash
	 */
	record WeekBar(int number, LocalDate start, BigDecimal closing, boolean belowThreshold) {
	}

	static ExecutiveSummary of(SalesReport sales, OutlookReport outlookReport, AgeingAnswer receivables) {
		String currency = sales.baseCurrency();
		PeriodAggregate totals = sales.totals().current().totals();
		List<Kpi> kpis = new ArrayList<>();
		kpis.add(new Kpi("Revenue", money(totals.revenue(), currency)));
		kpis.add(new Kpi("Orders", Long.toString(totals.orders())));
		kpis.add(new Kpi("Units", Long.toString(totals.units())));
		kpis.add(new Kpi("Average order value", figure(sales.totals().current().averageOrderValue(), currency)));
		kpis.add(new Kpi("Gross margin", money(totals.grossMargin(), currency)));
		kpis.add(new Kpi("Gross margin %", figure(sales.totals().current().grossMarginPercent(), "%")));
		kpis.add(new Kpi("Revenue vs previous period", change(sales.totals().vsPrevious())));
		kpis.add(new Kpi("Revenue vs same period last year", change(sales.totals().vsLastYear())));
		kpis.add(new Kpi("Cancelled orders", Long.toString(totals.cancellations())));

		CashOutlook outlook = outlookReport.outlook();
		List<WeekBar> weeks = outlook.weeks()
			.stream()
			.map((week) -> new WeekBar(week.number(), week.start(), week.closing(), week.belowThreshold()))
			.toList();
		List<String> risks = new ArrayList<>();
		for (CashWeek week : outlook.weeks()) {
			if (week.belowThreshold()) {
				risks.add("Week " + week.number() + " (from " + week.start() + "): lowest "
						+ money(week.lowestPoint(), outlook.currency()) + " on " + week.lowestPointDate()
						+ ", below minimum cash " + money(outlook.minimumCash(), outlook.currency()));
			}
		}
		receivables.ageing()
			.contacts()
			.stream()
			.filter((contact) -> overdue(contact).signum() > 0)
			.sorted(Comparator.comparing(ExecutiveSummary::overdue).reversed())
			.limit(OVERDUE_CUSTOMERS)
			.forEach((contact) -> risks.add("Overdue from " + contact.contact().name() + ": "
					+ money(overdue(contact), receivables.ageing().baseCurrency()) + " (over 90 days: "
					+ money(contact.buckets().over90(), receivables.ageing().baseCurrency()) + ")"));
		return new ExecutiveSummary(sales.from(), sales.to(), currency, kpis, outlook.asOf(), weeks,
				outlook.minimumCash(), risks);
	}

	private static BigDecimal overdue(ContactAgeing contact) {
		return contact.buckets().total().subtract(contact.buckets().current());
	}

	private static String money(BigDecimal amount, String currency) {
		return amount.toPlainString() + " " + currency;
	}

	private static String figure(Figure figure, String unit) {
		BigDecimal value = figure.value();
		return (value != null) ? value.toPlainString() + ("%".equals(unit) ? "%" : " " + unit)
				: "n/a (" + figure.unavailableReason() + ")";
	}

	private static String change(io.sentia.analytics.workingcapital.sales.@Nullable KpiChanges changes) {
		Change revenue = (changes != null) ? changes.revenue() : null;
		if (revenue == null) {
			return "n/a";
		}
		BigDecimal percent = revenue.percent();
		String absolute = ((revenue.absolute().signum() > 0) ? "+" : "") + revenue.absolute().toPlainString();
		return (percent != null)
				? absolute + " (" + ((percent.signum() > 0) ? "+" : "") + percent.toPlainString() + "%)"
				: absolute + " (no base)";
	}

}
