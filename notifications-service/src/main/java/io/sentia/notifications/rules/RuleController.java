package io.sentia.notifications.rules;

import java.util.List;
import java.util.UUID;

import io.sentia.servicekit.errors.ApiProblemException;
import io.sentia.servicekit.security.Access;
import io.sentia.servicekit.security.Role;
import io.sentia.servicekit.tenancy.TenantContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's tenant's routing rules: every user may read them, ADMINs and MANAGERs
 * change them.
 */
@RestController
@RequestMapping("/api/notifications/v1/rules")
class RuleController {

	private final RuleBook book;

	private final RuleCheck check;

	private final TenantContext tenantContext;

	private final TransactionOperations transaction;

	RuleController(RuleBook book, RuleCheck check, TenantContext tenantContext, TransactionOperations transaction) {
		this.book = book;
		this.check = check;
		this.tenantContext = tenantContext;
		this.transaction = transaction;
	}

	@Operation(summary = "The tenant's routing rules",
			description = "Every rule, by name; a tenant never configured gets the defaults (managers hear about stock-out risks, cash shortfalls, broken syncs and approvals by e-mail and feed; whoever asked hears how a suggestion was decided; admins hear about disabled channels).")
	@ApiResponse(responseCode = "200", description = "The tenant's routing rules",
			content = @Content(mediaType = "application/json", examples = @ExampleObject(
					value = "{\"rules\": [{\"id\": \"5b0c7a52-6f1d-4c59-9a57-0b6a0a7f4e11\", \"name\": \"Managers hear about risks, broken syncs and approvals\", \"kinds\": [\"stockout_risk\", \"cash_shortfall\", \"sync_failed\"], \"severities\": [], \"roles\": [\"MANAGER\"], \"users\": [], \"channels\": [{\"channel\": \"EMAIL\", \"targetId\": null}, {\"channel\": \"IN_APP\", \"targetId\": null}], \"threshold\": 10, \"reminderMinutes\": 1440, \"notifyResolved\": true, \"escalateAfterMinutes\": 60, \"escalationChannel\": null, \"quietStart\": \"22:00:00\", \"quietEnd\": \"07:00:00\", \"dailyDigest\": false, \"digestHour\": 8, \"enabled\": true}]}")))
	@GetMapping
	@Access(role = Role.VIEWER)
	RuleList rules() {
		String tenantId = this.tenantContext.currentTenantId();
		return new RuleList(this.transaction.execute((status) -> this.book.rulesOf(tenantId)));
	}

	@Operation(summary = "One rule", description = "404 when the tenant has no rule with that id.")
	@ApiResponse(responseCode = "200", description = "One rule",
			content = @Content(mediaType = "application/json", examples = @ExampleObject(
					value = "{\"id\": \"5b0c7a52-6f1d-4c59-9a57-0b6a0a7f4e11\", \"name\": \"Managers hear about risks, broken syncs and approvals\", \"kinds\": [\"stockout_risk\", \"cash_shortfall\", \"sync_failed\"], \"severities\": [], \"roles\": [\"MANAGER\"], \"users\": [], \"channels\": [{\"channel\": \"EMAIL\", \"targetId\": null}, {\"channel\": \"IN_APP\", \"targetId\": null}], \"threshold\": 10, \"reminderMinutes\": 1440, \"notifyResolved\": true, \"escalateAfterMinutes\": 60, \"escalationChannel\": null, \"quietStart\": \"22:00:00\", \"quietEnd\": \"07:00:00\", \"dailyDigest\": false, \"digestHour\": 8, \"enabled\": true}")))
	@ApiResponse(responseCode = "404", description = "No such rule in this tenant")
	@GetMapping("/{ruleId}")
	@Access(role = Role.VIEWER)
	Rule rule(@PathVariable UUID ruleId) {
		String tenantId = this.tenantContext.currentTenantId();
		return this.book.find(tenantId, ruleId).orElseThrow(() -> notFound(ruleId));
	}

	@Operation(summary = "Adds a rule",
			description = "ADMIN or MANAGER. kinds and severities empty = all; roles and users say who hears; channels EMAIL and IN_APP reach each person, SLACK and TEAMS post once to a configured target (targetId); threshold applies to kinds with a number (sync_quarantine); quietStart/quietEnd (HH:mm, tenant time zone) defer what is not critical; escalateAfterMinutes sends an unacknowledged critical notification one role up.")
	@ApiResponse(responseCode = "201", description = "Adds a rule",
			content = @Content(mediaType = "application/json", examples = @ExampleObject(
					value = "{\"id\": \"5b0c7a52-6f1d-4c59-9a57-0b6a0a7f4e11\", \"name\": \"Managers hear about risks, broken syncs and approvals\", \"kinds\": [\"stockout_risk\", \"cash_shortfall\", \"sync_failed\"], \"severities\": [], \"roles\": [\"MANAGER\"], \"users\": [], \"channels\": [{\"channel\": \"EMAIL\", \"targetId\": null}, {\"channel\": \"IN_APP\", \"targetId\": null}], \"threshold\": 10, \"reminderMinutes\": 1440, \"notifyResolved\": true, \"escalateAfterMinutes\": 60, \"escalationChannel\": null, \"quietStart\": \"22:00:00\", \"quietEnd\": \"07:00:00\", \"dailyDigest\": false, \"digestHour\": 8, \"enabled\": true}")))
	@ApiResponse(responseCode = "400",
			description = "A field to fix, named in errors[].field: unknown kind, severity, role, user or channel, half a quiet window")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Access(role = Role.MANAGER)
	Rule create(@RequestBody RuleRequest request) {
		String tenantId = this.tenantContext.currentTenantId();
		Rule rule = this.check.rule(tenantId, UUID.randomUUID(), request);
		this.transaction.executeWithoutResult((status) -> {
			this.book.rulesOf(tenantId);
			this.book.insert(tenantId, rule);
		});
		return rule;
	}

	@Operation(summary = "Replaces a rule", description = "ADMIN or MANAGER; the same body as adding one.")
	@ApiResponse(responseCode = "200", description = "Replaces a rule",
			content = @Content(mediaType = "application/json", examples = @ExampleObject(
					value = "{\"id\": \"5b0c7a52-6f1d-4c59-9a57-0b6a0a7f4e11\", \"name\": \"Managers hear about risks, broken syncs and approvals\", \"kinds\": [\"stockout_risk\", \"cash_shortfall\", \"sync_failed\"], \"severities\": [], \"roles\": [\"MANAGER\"], \"users\": [], \"channels\": [{\"channel\": \"EMAIL\", \"targetId\": null}, {\"channel\": \"IN_APP\", \"targetId\": null}], \"threshold\": 10, \"reminderMinutes\": 1440, \"notifyResolved\": true, \"escalateAfterMinutes\": 60, \"escalationChannel\": null, \"quietStart\": \"22:00:00\", \"quietEnd\": \"07:00:00\", \"dailyDigest\": false, \"digestHour\": 8, \"enabled\": true}")))
	@ApiResponse(responseCode = "400",
			description = "A field to fix, named in errors[].field: unknown kind, severity, role, user or channel, half a quiet window")
	@ApiResponse(responseCode = "404", description = "No such rule in this tenant")
	@PutMapping("/{ruleId}")
	@Access(role = Role.MANAGER)
	Rule update(@PathVariable UUID ruleId, @RequestBody RuleRequest request) {
		String tenantId = this.tenantContext.currentTenantId();
		Rule rule = this.check.rule(tenantId, ruleId, request);
		if (!this.book.update(tenantId, rule)) {
			throw notFound(ruleId);
		}
		return rule;
	}

	@Operation(summary = "Deletes a rule",
			description = "ADMIN or MANAGER; deleting a rule that is gone already answers the same.")
	@ApiResponse(responseCode = "204", description = "Done")
	/**
	 * Deletes a rule; deleting one that is gone already answers the same.
	 */
	@DeleteMapping("/{ruleId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Access(role = Role.MANAGER)
	void delete(@PathVariable UUID ruleId) {
		this.book.delete(this.tenantContext.currentTenantId(), ruleId);
	}

	private static ApiProblemException notFound(UUID ruleId) {
		return ApiProblemException.notFound("No rule " + ruleId + " in this tenant");
	}

	/**
	 * The tenant's rules.
	 *
	 * @param rules by name
	 */
	record RuleList(List<Rule> rules) {
	}

}
