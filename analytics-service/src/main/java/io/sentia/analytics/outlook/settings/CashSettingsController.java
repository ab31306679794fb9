package io.sentia.analytics.outlook.settings;

import java.time.Clock;
import java.util.List;

import io.sentia.analytics.cache.AnswerCache;
import io.sentia.analytics.cache.CacheArea;
import io.sentia.servicekit.errors.ApiProblemException;
import io.sentia.servicekit.errors.InvalidField;
import io.sentia.servicekit.security.Access;
import io.sentia.servicekit.security.Role;
import io.sentia.servicekit.tenancy.TenantContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's tenant's cash settings: read by every user and partners with
 * {@code analytics.read}, replaced whole by a MANAGER.
 */
@RestController
@RequestMapping("/api/analytics/v1/cash/settings")
class CashSettingsController {

	private final CashSettingsRepository repository;

	private final AnswerCache cache;

	private final TenantContext tenantContext;

	private final Clock clock;

	CashSettingsController(CashSettingsRepository repository, AnswerCache cache, TenantContext tenantContext,
			ObjectProvider<Clock> clock) {
		this.repository = repository;
		this.cache = cache;
		this.tenantContext = tenantContext;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@GetMapping
	@Access(role = Role.VIEWER, scopes = "analytics.read")
	@Operation(summary = "The tenant's cash settings, defaults filled",
			description = "Minimum cash (base currency), supplier terms, payout plans per channel and recurring "
					+ "outflows; payoutPlanDefaults lists what a channel without a plan gets.")
	@ApiResponse(responseCode = "200", description = "The settings, defaults filled", content = @Content(
			schema = @Schema(implementation = CashSettingsAnswer.class), examples = @ExampleObject(value = """
					{"settings": {"minimumCash": 5000.00, "defaultSupplierTermsDays": 30,
					  "supplierTerms": [{"supplierId": "sup-1", "days": 7}],
					  "payoutPlans": [{"channel": "amazon-uk", "feeRate": 0.15, "schedule": {"kind": "settlement",
					    "anchor": "2026-11-30", "periodDays": 14, "payoutLagDays": 3, "reserveRate": 0.1,
					    "reserveHoldDays": 14}},
					   {"channel": "shopify", "feeRate": 0.02, "schedule": {"kind": "daily", "lagDays": 3,
					    "businessDays": true}}],
					  "recurringOutflows": [{"name": "Payroll", "kind": "payroll", "amount": 12000.00,
					    "currency": "GBP", "dayOfMonth": 28}]},
					 "saved": true, "updatedAt": "2026-12-07T08:00:00Z", "payoutPlanDefaults": ["…"]}""")))
	CashSettingsAnswer settings() {
		String tenantId = this.tenantContext.currentTenantId();
		return this.repository.find(tenantId)
			.map((saved) -> new CashSettingsAnswer(saved.settings(), true, saved.updatedAt(),
					CashSettingsAnswer.DEFAULTS))
			.orElse(new CashSettingsAnswer(CashSettings.NONE, false, null, CashSettingsAnswer.DEFAULTS));
	}

	@PutMapping
	@Access(role = Role.MANAGER)
	@Transactional
	@Operation(summary = "Replaces the tenant's cash settings",
			description = "Parts left out take their defaults. A bad field is a 400 naming it, e.g. "
					+ "payoutPlans[0].schedule.lagDays.")
	CashSettingsAnswer replace(@RequestBody CashSettings settings) {
		List<InvalidField> errors = CashSettingsValidator.validate(settings);
		if (!errors.isEmpty()) {
			throw ApiProblemException.invalidFields(errors);
		}
		String tenantId = this.tenantContext.currentTenantId();
		this.repository.save(tenantId, settings.withDefaults(), this.clock.instant());
		this.cache.invalidate(tenantId, CacheArea.SETTINGS);
		return this.repository.find(tenantId)
			.map((saved) -> new CashSettingsAnswer(saved.settings(), true, saved.updatedAt(),
					CashSettingsAnswer.DEFAULTS))
			.orElseThrow();
	}

}
