package io.sentia.analytics.outlook.scenarios;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.sentia.analytics.cash.scenario.Scenario;
import io.sentia.analytics.outlook.CashOutlooks;
import io.sentia.servicekit.security.Access;
import io.sentia.servicekit.security.Role;
import io.sentia.servicekit.tenancy.TenantContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What-if scenarios of the caller's tenant: any user (and partners with
 * {@code analytics.read}) evaluates one without saving and reads the saved ones; a
 * MANAGER saves, renames and deletes them.
 */
@RestController
@RequestMapping("/api/analytics/v1/cash")
class ScenarioController {

	private final Scenarios scenarios;

	private final TenantContext tenantContext;

	ScenarioController(Scenarios scenarios, TenantContext tenantContext) {
		this.scenarios = scenarios;
		this.tenantContext = tenantContext;
	}

	@PostMapping("/scenarios:evaluate")
	@Access(role = Role.VIEWER, scopes = "analytics.read")
	@Operation(summary = "Evaluates a scenario against the outlook without saving anything",
			description = "Every part optional: demandChangePercent (-100..1000), monthlyGrowthPercent (-100..100), "
					+ "customersPayLaterDays and supplierTermsChangeDays (-365..365), suggestedPurchaseChanges "
					+ "[{id, action DELAY|DROP, delayDays}], extraLines [{label, date, amount, direction IN|OUT}]. "
					+ "Answers the base case and the scenario side by side; a bad field is a 400 naming it.")
	ScenarioAnswer evaluate(
			@RequestParam(name = "asOf",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestBody Scenario scenario) {
		CashOutlooks.checkAsOf(asOf);
		return this.scenarios.evaluate(this.tenantContext.currentTenantId(), asOf, null, scenario, "", false);
	}

	@GetMapping("/scenarios")
	@Access(role = Role.VIEWER, scopes = "analytics.read")
	@Operation(summary = "The tenant's saved scenarios, by name")
	List<SavedScenario> saved() {
		return this.scenarios.all(this.tenantContext.currentTenantId());
	}

	@PostMapping("/scenarios")
	@Access(role = Role.MANAGER)
	@Operation(summary = "Saves a scenario under a name unique to the tenant",
			description = "201 with the scenario; the same name and scenario again is 200 with the one saved; "
					+ "the name taken by another scenario is 409.")
	ResponseEntity<SavedScenario> create(@RequestBody ScenarioRequests.Create request) {
		Scenarios.Created created = this.scenarios.create(this.tenantContext.currentTenantId(), request.name(),
				request.scenario());
		if (!created.created()) {
			return ResponseEntity.ok(created.scenario());
		}
		return ResponseEntity.created(URI.create("/api/analytics/v1/cash/scenarios/" + created.scenario().id()))
			.body(created.scenario());
	}

	@GetMapping("/scenarios/{id}")
	@Access(role = Role.VIEWER, scopes = "analytics.read")
	@Operation(summary = "One saved scenario")
	SavedScenario one(@PathVariable("id") UUID id) {
		return this.scenarios.find(this.tenantContext.currentTenantId(), id);
	}

	@PatchMapping("/scenarios/{id}")
	@Access(role = Role.MANAGER)
	@Operation(summary = "Renames a saved scenario", description = "409 when another scenario has the name.")
	SavedScenario rename(@PathVariable("id") UUID id, @RequestBody ScenarioRequests.Rename request) {
		return this.scenarios.rename(this.tenantContext.currentTenantId(), id, request.name());
	}

	@DeleteMapping("/scenarios/{id}")
	@Access(role = Role.MANAGER)
	@Operation(summary = "Deletes a saved scenario",
			description = "204 whether or not it was there: deleting is idempotent.")
	ResponseEntity<Void> delete(@PathVariable("id") UUID id) {
		this.scenarios.delete(this.tenantContext.currentTenantId(), id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/scenarios/{id}/outlook")
	@Access(role = Role.VIEWER, scopes = "analytics.read")
	@Operation(summary = "A saved scenario evaluated against today's (or asOf's) outlook",
			description = "409 naming the field when the data no longer fits it, e.g. a suggested purchase it "
					+ "changes is gone.")
	ScenarioAnswer outlook(@PathVariable("id") UUID id, @RequestParam(name = "asOf",
			required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
		CashOutlooks.checkAsOf(asOf);
		String tenantId = this.tenantContext.currentTenantId();
		SavedScenario saved = this.scenarios.find(tenantId, id);
		return this.scenarios.evaluate(tenantId, asOf, saved.name(), saved.scenario(), "scenario.", true);
	}

}
