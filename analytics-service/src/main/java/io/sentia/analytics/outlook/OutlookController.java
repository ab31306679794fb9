package io.sentia.analytics.outlook;

import java.time.LocalDate;

import io.sentia.servicekit.security.Access;
import io.sentia.servicekit.security.Role;
import io.sentia.servicekit.tenancy.TenantContext;
import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's tenant's 13-week cash outlook: every user, and partners with
 * {@code analytics.read}.
 */
@RestController
@RequestMapping("/api/analytics/v1/cash/outlook")
class OutlookController {

	private final CashOutlooks outlooks;

	private final TenantContext tenantContext;

	OutlookController(CashOutlooks outlooks, TenantContext tenantContext) {
		this.outlooks = outlooks;
		this.tenantContext = tenantContext;
	}

	@GetMapping
	@Access(role = Role.VIEWER, scopes = "analytics.read")
	@Operation(summary = "13-week cash outlook in the base currency",
			description = "Weeks of 7 days from asOf (default: today in the tenant's time zone): opening, each "
					+ "inflow and outflow line with its items, closing, lowest end-of-day balance and whether it "
					+ "is below the minimum cash. closing = opening + Σ lines to the cent. notes lists the rates "
					+ "used, amounts left out for want of a rate or price, and default payout plans.")
	OutlookReport outlook(@RequestParam(name = "asOf",
			required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
		CashOutlooks.checkAsOf(asOf);
		return this.outlooks.report(this.tenantContext.currentTenantId(), asOf);
	}

}
