package io.sentia.analytics.revenue;

import java.time.LocalDate;

import io.sentia.analytics.web.RequestedRange;
import io.sentia.analytics.workingcapital.DateRange;
import io.sentia.servicekit.errors.ApiProblemException;
import io.sentia.servicekit.security.Access;
import io.sentia.servicekit.security.Role;
import io.sentia.servicekit.tenancy.TenantContext;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sales KPIs of the caller's tenant over a range of UTC order dates, grouped and compared
 * with the previous period and the same period last year. Every user may read them, and
 * partners with {@code analytics.read}.
 */
@RestController
@RequestMapping("/api/analytics/v1/sales")
class SalesController {

	/** Longest range one request may ask for; bounds the work of a single query. */
	static final int MAX_RANGE_YEARS = SalesReports.MAX_RANGE_YEARS;

	private final SalesReports reports;

	private final TenantContext tenantContext;

	SalesController(SalesReports reports, TenantContext tenantContext) {
		this.reports = reports;
		this.tenantContext = tenantContext;
	}

	@GetMapping
	@Access(role = Role.VIEWER, scopes = "analytics.read")
	SalesReport sales(@RequestParam("from") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam("to") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(name = "groupBy", defaultValue = "total") String groupBy) {
		SalesGrouping grouping = SalesGrouping.of(groupBy)
			.orElseThrow(() -> ApiProblemException.invalidParameter("groupBy",
					"must be one of " + SalesGrouping.allowedValues()));
		RequestedRange.check(from, to, MAX_RANGE_YEARS);
		return this.reports.report(this.tenantContext.currentTenantId(), new DateRange(from, to), grouping);
	}

}
