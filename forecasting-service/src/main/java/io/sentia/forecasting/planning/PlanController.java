package io.sentia.forecasting.planning;

import io.sentia.servicekit.errors.ApiProblemException;
import io.sentia.servicekit.security.Access;
import io.sentia.servicekit.security.Role;
import io.sentia.servicekit.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reorder plans of the caller's tenant, computed on request from its newest forecast.
 */
@RestController
@RequestMapping("/api/forecasting/v1/plans")
class PlanController {

	static final String FORECASTS_READ = "forecasts.read";

	private static final int MAX_SKU_LENGTH = 200;

	private final InventoryPlanner planner;

	private final TenantContext tenants;

	PlanController(InventoryPlanner planner, TenantContext tenants) {
		this.planner = planner;
		this.tenants = tenants;
	}

	@GetMapping
	@Access(role = Role.VIEWER, scopes = FORECASTS_READ)
	PlanList plans(@RequestParam(name = "sku", required = false) @Nullable String sku) {
		if (sku != null && (sku.isBlank() || sku.length() > MAX_SKU_LENGTH)) {
			throw ApiProblemException.invalidParameter("sku",
					"must be a SKU of 1 to " + MAX_SKU_LENGTH + " characters, or left out");
		}
		return this.planner.plans(this.tenants.currentTenantId(), sku);
	}

}
