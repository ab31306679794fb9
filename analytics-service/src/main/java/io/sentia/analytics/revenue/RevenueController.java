package io.sentia.analytics.revenue;

import java.time.LocalDate;

import io.sentia.analytics.web.RequestedRange;
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
 * Revenue of the caller's tenant over a range of UTC order dates, by region, channel or
 * day, one row per group and currency. Every user may read it, and partners with
 * {@code analytics.read}.
 */
@RestController
@RequestMapping("/api/analytics/v1/revenue")
class RevenueController {

	/** Longest range one request may ask for; bounds the work of a single query. */
	static final int MAX_RANGE_YEARS = 3;

	private final OrderRevenueRepository repository;

	private final TenantContext tenantContext;

	RevenueController(OrderRevenueRepository repository, TenantContext tenantContext) {
		this.repository = repository;
		this.tenantContext = tenantContext;
	}

	@GetMapping
	@Access(role = Role.VIEWER, scopes = "analytics.read")
	RevenueReport revenue(@RequestParam("from") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam("to") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(name = "groupBy", defaultValue = "day") String groupBy) {
		RevenueGrouping grouping = RevenueGrouping.of(groupBy)
			.orElseThrow(() -> ApiProblemException.invalidParameter("groupBy",
					"must be one of " + RevenueGrouping.allowedValues()));
		RequestedRange.check(from, to, MAX_RANGE_YEARS);
		GroupedRevenue revenue = this.repository.revenue(this.tenantContext.currentTenantId(), from, to, grouping);
		return new RevenueReport(from, to, grouping.parameterValue(), revenue.rows(), revenue.totals());
	}

}
