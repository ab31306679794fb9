package io.sentia.forecasting.planning;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.sentia.servicekit.errors.ApiProblemException;
import io.sentia.servicekit.security.Access;
import io.sentia.servicekit.security.Role;
import io.sentia.servicekit.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Suggested purchase orders: read by VIEWER (partners with {@code forecasts.read});
 * approved or rejected by a MANAGER with a reason (users only); executed by an OPERATOR
 * once any approval it needs is given.
 */
@RestController
@RequestMapping("/api/forecasting/v1/suggestions")
class SuggestionController {

	private static final Set<String> STATUSES = Set.of(Suggestion.OPEN, Suggestion.APPROVED, Suggestion.EXECUTED,
			Suggestion.REJECTED, Suggestion.SUPERSEDED, Suggestion.WITHDRAWN);

	private static final int MAX_TEXT = 1000;

	private static final int MAX_LIMIT = 1000;

	private final SuggestionService suggestions;

	private final TenantContext tenants;

	SuggestionController(SuggestionService suggestions, TenantContext tenants) {
		this.suggestions = suggestions;
		this.tenants = tenants;
	}

	@GetMapping
	@Access(role = Role.VIEWER, scopes = PlanController.FORECASTS_READ)
	List<Suggestion> list(@RequestParam(name = "status", required = false) @Nullable String status,
			@RequestParam(name = "sku", required = false) @Nullable String sku,
			@RequestParam(name = "limit", defaultValue = "200") int limit) {
		if (status != null && !STATUSES.contains(status)) {
			throw ApiProblemException.invalidParameter("status",
					"must be one of " + String.join(", ", STATUSES.stream().sorted().toList()));
		}
		if (sku != null && (sku.isBlank() || sku.length() > 200)) {
			throw ApiProblemException.invalidParameter("sku", "must be a SKU of 1 to 200 characters, or left out");
		}
		if (limit < 1 || limit > MAX_LIMIT) {
			throw ApiProblemException.invalidParameter("limit", "must be between 1 and " + MAX_LIMIT);
		}
		return this.suggestions.list(this.tenants.currentTenantId(), status, sku, limit);
	}

	@GetMapping("/{id}")
	@Access(role = Role.VIEWER, scopes = PlanController.FORECASTS_READ)
	Suggestion get(@PathVariable("id") UUID id) {
		return this.suggestions.get(this.tenants.currentTenantId(), id);
	}

	@PostMapping("/{id}/approve")
	@Access(role = Role.MANAGER)
	Suggestion approve(@PathVariable("id") UUID id, @RequestBody(required = false) @Nullable DecisionRequest body) {
		return this.suggestions.approve(this.tenants.currentCaller(), id, reason(body));
	}

	@PostMapping("/{id}/reject")
	@Access(role = Role.MANAGER)
	Suggestion reject(@PathVariable("id") UUID id, @RequestBody(required = false) @Nullable DecisionRequest body) {
		return this.suggestions.reject(this.tenants.currentCaller(), id, reason(body));
	}

	@PostMapping("/{id}/execute")
	@Access(role = Role.OPERATOR)
	Suggestion execute(@PathVariable("id") UUID id, @RequestBody(required = false) @Nullable DecisionRequest body) {
		String note = (body != null) ? body.reason() : null;
		if (note != null && note.length() > MAX_TEXT) {
			throw ApiProblemException.invalidField("reason", "must be at most " + MAX_TEXT + " characters");
		}
		return this.suggestions.execute(this.tenants.currentCaller(), id,
				(note != null && !note.isBlank()) ? note.strip() : null);
	}

	private static String reason(@Nullable DecisionRequest body) {
		String reason = (body != null) ? body.reason() : null;
		if (reason == null || reason.isBlank() || reason.length() > MAX_TEXT) {
			throw ApiProblemException.invalidField("reason",
					"is required: say why, in 1 to " + MAX_TEXT + " characters");
		}
		return reason.strip();
	}

	/**
	 * The body of approve, reject and execute.
	 *
	 * @param reason why (approve and reject: required); for execute an optional note such
	 * as the purchase order number
	 */
	record DecisionRequest(@Nullable String reason) {
	}

}
