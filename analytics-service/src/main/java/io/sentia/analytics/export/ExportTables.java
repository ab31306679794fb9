package io.sentia.analytics.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.sentia.analytics.capital.AgeingAnswer;
import io.sentia.analytics.cash.CashOutlook;
import io.sentia.analytics.cash.CashWeek;
import io.sentia.analytics.outlook.OutlookReport;
import io.sentia.analytics.revenue.SalesReport;
import io.sentia.analytics.workingcapital.Figure;
import io.sentia.analytics.workingcapital.ageing.AgeingBuckets;
import io.sentia.analytics.workingcapital.ageing.AgeingReport;
import io.sentia.analytics.workingcapital.ageing.ContactAgeing;
import io.sentia.analytics.workingcapital.sales.Change;
import io.sentia.analytics.workingcapital.sales.KpiChanges;
import io.sentia.analytics.workingcapital.sales.PeriodAggregate;
import io.sentia.analytics.workingcapital.sales.SalesKpis;
import org.jspecify.annotations.Nullable;

/**
 * The tables of the JSON answers, one row per sales group, contact or outlook week, with
 * money in the base currency named in the column titles.
 */
final class ExportTables {

	private ExportTables() {
	}

	static ExportTable sales(SalesReport report) {
		String base = " (" + report.baseCurrency() + ")";
		List<String> headers = List.of("Group", "Revenue" + base, "Orders", "Units", "Average order value" + base,
				"Gross margin" + base, "Gross margin %", "Refunds" + base, "Cancellations", "Refunded orders",
				"Previous period revenue" + base, "Revenue change vs previous period %", "Last year revenue" + base,
				"Revenue change vs last year %");
		List<List<@Nullable Object>> rows = new ArrayList<>();
		// Grouped by "total" the only row is the totals; otherwise the totals close the
		// table.
		if (!"total".equals(report.groupBy())) {
			for (SalesReport.Row row : report.rows()) {
				rows.add(salesRow(row.key(), row));
			}
		}
		rows.add(salesRow("Total", report.totals()));
		return new ExportTable("sales-" + report.from() + "-" + report.to(), headers, rows);
	}

	private static List<@Nullable Object> salesRow(String label, SalesReport.Row row) {
		PeriodAggregate current = row.current().totals();
		return cells(label, current.revenue(), current.orders(), current.units(),
				value(row.current().averageOrderValue()), current.grossMargin(),
				value(row.current().grossMarginPercent()), current.refunds(), current.cancellations(),
				row.refundedOrders(), revenue(row.previous()), revenuePercent(row.vsPrevious()),
				revenue(row.lastYear()), revenuePercent(row.vsLastYear()));
	}

	static ExportTable ageing(AgeingAnswer answer) {
		AgeingReport report = answer.ageing();
		String base = " (" + report.baseCurrency() + ")";
		String kind = switch (report.type()) {
			case ACCREC -> "receivables";
			case ACCPAY -> "payables";
		};
		List<String> headers = List.of("Contact id", "Contact", "Current" + base, "1-30 days" + base,
				"31-60 days" + base, "61-90 days" + base, "Over 90 days" + base, "Total" + base, "Items");
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (ContactAgeing contact : report.contacts()) {
			rows.add(ageingRow(contact.contact().contactId(), contact.contact().name(), contact.buckets()));
		}
		rows.add(ageingRow(null, "Total", report.total()));
		return new ExportTable(kind + "-ageing-" + report.asOf(), headers, rows);
	}

	private static List<@Nullable Object> ageingRow(@Nullable String contactId, String name, AgeingBuckets buckets) {
		return cells(contactId, name, buckets.current(), buckets.days1To30(), buckets.days31To60(),
				buckets.days61To90(), buckets.over90(), buckets.total(), (long) buckets.items());
	}

	static ExportTable outlook(OutlookReport report) {
		CashOutlook outlook = report.outlook();
		String base = " (" + outlook.currency() + ")";
		List<String> headers = List.of("Week", "Start", "End", "Opening" + base, "Inflows" + base, "Outflows" + base,
				"Closing" + base, "Lowest point" + base, "Lowest point date", "Below minimum cash");
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (CashWeek week : outlook.weeks()) {
			rows.add(cells((long) week.number(), week.start(), week.end(), week.opening(), week.inflows(),
					week.outflows(), week.closing(), week.lowestPoint(), week.lowestPointDate(),
					week.belowThreshold() ? "yes" : "no"));
		}
		return new ExportTable("cash-outlook-" + outlook.asOf(), headers, rows);
	}

	private static @Nullable BigDecimal value(Figure figure) {
		return figure.value();
	}

	private static @Nullable BigDecimal revenue(@Nullable SalesKpis kpis) {
		return (kpis != null) ? kpis.totals().revenue() : null;
	}

	private static @Nullable BigDecimal revenuePercent(@Nullable KpiChanges changes) {
		Change revenue = (changes != null) ? changes.revenue() : null;
		return (revenue != null) ? revenue.percent() : null;
	}

	private static List<@Nullable Object> cells(@Nullable Object... values) {
		return new ArrayList<>(Arrays.asList(values));
	}

}
