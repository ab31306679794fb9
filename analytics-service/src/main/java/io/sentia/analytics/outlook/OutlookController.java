package io.sentia.analytics.outlook;

import java.time.LocalDate;

import io.sentia.servicekit.security.Access;
import io.sentia.servicekit.security.Role;
import io.sentia.servicekit.tenancy.TenantContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
	@ApiResponse(responseCode = "200", description = "The 13 weeks (one shown) and the notes", content = @Content(
			schema = @Schema(implementation = OutlookReport.class), examples = @ExampleObject(value = """
					{"outlook": {"asOf": "2026-03-02", "currency": "GBP", "openingBalance": 7900.00,
					  "minimumCash": 5000.00, "channelsWithoutPayoutPlan": [], "fxEstimated": true,
					  "weeks": [{"number": 1, "start": "2026-03-02", "end": "2026-03-08", "opening": 7900.00,
					    "lines": [{"category": "RECEIVABLES", "label": "Receivables", "planned": false,
					      "amount": 240.00, "fxEstimated": true, "items": [{"reference": "INV-2",
					      "date": "2026-03-03", "amount": 240.00, "fxEstimated": true}]},
					     {"category": "PAYABLES", "label": "Bills", "planned": false, "amount": -950.00,
					      "fxEstimated": false, "items": []}],
					    "inflows": 240.00, "outflows": -950.00, "closing": 7190.00, "lowestPoint": 7190.00,
					    "lowestPointDate": "2026-03-05", "belowThreshold": false}]},
					 "notes": {"rates": [{"currency": "USD", "rate": 0.8, "rateDate": "2026-02-27",
					   "earlierRate": true}], "unconverted": [{"item": "recurring outflow Duty", "amount": 100.00,
					   "currency": "EUR"}], "skusWithoutPrice": [], "purchasesWithoutCost": [],
					   "channelsOnDefaultPayoutPlan": ["amazon"], "approvedPurchasesNote": "…"}}""")))
	OutlookReport outlook(@RequestParam(name = "asOf",
			required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
		CashOutlooks.checkAsOf(asOf);
		return this.outlooks.report(this.tenantContext.currentTenantId(), asOf);
	}

}
