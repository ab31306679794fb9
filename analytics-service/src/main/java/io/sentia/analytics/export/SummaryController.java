package io.sentia.analytics.export;

import java.io.IOException;
import java.time.LocalDate;

import io.sentia.analytics.capital.AgeingReports;
import io.sentia.analytics.outlook.CashOutlooks;
import io.sentia.analytics.outlook.OutlookReport;
import io.sentia.analytics.revenue.SalesGrouping;
import io.sentia.analytics.revenue.SalesReports;
import io.sentia.analytics.web.RequestedRange;
import io.sentia.analytics.workingcapital.DateRange;
import io.sentia.events.InvoiceType;
import io.sentia.servicekit.security.Access;
import io.sentia.servicekit.security.Role;
import io.sentia.servicekit.tenancy.TenantContext;
import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The one-page PDF executive summary of the caller's tenant: sales KPIs of a range, the
 * 13-week closing balances and the top risks. Every user, and partners with
 * {@code analytics.read}.
 */
@RestController
class SummaryController {

	private final SalesReports sales;

	private final AgeingReports ageing;

	private final CashOutlooks outlooks;

	private final TenantContext tenantContext;

	SummaryController(SalesReports sales, AgeingReports ageing, CashOutlooks outlooks, TenantContext tenantContext) {
		this.sales = sales;
		this.ageing = ageing;
		this.outlooks = outlooks;
		this.tenantContext = tenantContext;
	}

	@GetMapping("/api/analytics/v1/summary.pdf")
	@Access(role = Role.VIEWER, scopes = "analytics.read")
	@Operation(summary = "One-page PDF executive summary",
			description = "The sales KPIs of [from, to] (as GET /sales grouped by total), the closing balances of the "
					+ "13 outlook weeks from asOf (default today in the tenant's time zone) as a bar chart, and the "
					+ "top risks: weeks below the minimum cash and the " + ExecutiveSummary.OVERDUE_CUSTOMERS
					+ " customers with the largest overdue receivables at the outlook's first day.")
	ResponseEntity<byte[]> summary(@RequestParam("from") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam("to") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(name = "asOf",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf)
			throws IOException {
		RequestedRange.check(from, to, SalesReports.MAX_RANGE_YEARS);
		CashOutlooks.checkAsOf(asOf);
		String tenant = this.tenantContext.currentTenantId();
		OutlookReport outlook = this.outlooks.report(tenant, asOf);
		ExecutiveSummary summary = ExecutiveSummary.of(
				this.sales.report(tenant, new DateRange(from, to), SalesGrouping.TOTAL), outlook,
				this.ageing.ageing(tenant, InvoiceType.ACCREC, outlook.outlook().asOf()));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("summary-" + from + "-" + to + ".pdf").build().toString())
			.body(ExecutiveSummaryPdf.render(summary));
	}

}
