package io.sentia.analytics.export;

import java.time.Clock;
import java.time.LocalDate;

import io.sentia.analytics.capital.AgeingReports;
import io.sentia.analytics.outlook.CashOutlooks;
import io.sentia.analytics.revenue.SalesGrouping;
import io.sentia.analytics.revenue.SalesReports;
import io.sentia.analytics.web.RequestedRange;
import io.sentia.analytics.workingcapital.DateRange;
import io.sentia.events.InvoiceType;
import io.sentia.servicekit.errors.ApiProblemException;
import io.sentia.servicekit.security.Access;
import io.sentia.servicekit.security.Role;
import io.sentia.servicekit.tenancy.TenantContext;
import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Downloads of the sales, ageing and cash outlook tables as CSV or XLSX, for whoever may
 * read the JSON answers (every user, partners with {@code analytics.read}). Parameters
 * are checked and the answer built before the download starts, so a bad request is a 400
 * problem, never a broken file; only the writing is streamed.
 */
@RestController
@RequestMapping("/api/analytics/v1")
class ExportController {

	private final SalesReports sales;

	private final AgeingReports ageing;

	private final CashOutlooks outlooks;

	private final TenantContext tenantContext;

	private final Clock clock;

	ExportController(SalesReports sales, AgeingReports ageing, CashOutlooks outlooks, TenantContext tenantContext,
			ObjectProvider<Clock> clock) {
		this.sales = sales;
		this.ageing = ageing;
		this.outlooks = outlooks;
		this.tenantContext = tenantContext;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@GetMapping("/sales/export")
	@Access(role = Role.VIEWER, scopes = "analytics.read")
	@Operation(summary = "The sales rows (and the total) as CSV or XLSX",
			description = "The rows of GET /sales with the same parameters: revenue, orders, units, average order "
					+ "value, gross margin, refunds, cancellations and the changes against the previous period and "
					+ "last year. format is csv or xlsx.")
	ResponseEntity<StreamingResponseBody> sales(
			@RequestParam("from") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam("to") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(name = "groupBy", defaultValue = "total") String groupBy,
			@RequestParam("format") String format) {
		ExportFormat fileFormat = ExportFormat.of(format);
		SalesGrouping grouping = SalesGrouping.of(groupBy)
			.orElseThrow(() -> ApiProblemException.invalidParameter("groupBy",
					"must be one of " + SalesGrouping.allowedValues()));
		RequestedRange.check(from, to, SalesReports.MAX_RANGE_YEARS);
		return download(ExportTables.sales(this.sales.report(tenant(), new DateRange(from, to), grouping)), fileFormat);
	}

	@GetMapping("/receivables/ageing/export")
	@Access(role = Role.VIEWER, scopes = "analytics.read")
	@Operation(summary = "The receivables ageing per customer (and the total) as CSV or XLSX",
			description = "The contacts of GET /receivables/ageing at asOf (default today, UTC) with their five "
					+ "buckets in the base currency. format is csv or xlsx.")
	ResponseEntity<StreamingResponseBody> receivablesAgeing(
			@RequestParam(name = "asOf",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam("format") String format) {
		ExportFormat fileFormat = ExportFormat.of(format);
		return download(ExportTables.ageing(this.ageing.ageing(tenant(), InvoiceType.ACCREC, orToday(asOf))),
				fileFormat);
	}

	@GetMapping("/payables/ageing/export")
	@Access(role = Role.VIEWER, scopes = "analytics.read")
	@Operation(summary = "The payables ageing per supplier (and the total) as CSV or XLSX",
			description = "As the receivables ageing export, over bills.")
	ResponseEntity<StreamingResponseBody> payablesAgeing(
			@RequestParam(name = "asOf",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam("format") String format) {
		ExportFormat fileFormat = ExportFormat.of(format);
		return download(ExportTables.ageing(this.ageing.ageing(tenant(), InvoiceType.ACCPAY, orToday(asOf))),
				fileFormat);
	}

	@GetMapping("/cash/outlook/export")
	@Access(role = Role.VIEWER, scopes = "analytics.read")
	@Operation(summary = "The 13 weeks of the cash outlook as CSV or XLSX",
			description = "One row per week of GET /cash/outlook: opening, inflows, outflows, closing, lowest point "
					+ "and whether it is below the minimum cash. asOf defaults to today in the tenant's time zone.")
	ResponseEntity<StreamingResponseBody> outlook(
			@RequestParam(name = "asOf",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam("format") String format) {
		ExportFormat fileFormat = ExportFormat.of(format);
		CashOutlooks.checkAsOf(asOf);
		return download(ExportTables.outlook(this.outlooks.report(tenant(), asOf)), fileFormat);
	}

	private static ResponseEntity<StreamingResponseBody> download(ExportTable table, ExportFormat format) {
		String filename = table.name() + "." + format.extension();
		return ResponseEntity.ok()
			.contentType(format.contentType())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body((out) -> SpreadsheetWriter.write(table, format, out));
	}

	private String tenant() {
		return this.tenantContext.currentTenantId();
	}

	private LocalDate orToday(@Nullable LocalDate asOf) {
		return (asOf != null) ? asOf : LocalDate.now(this.clock);
	}

}
