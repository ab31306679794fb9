package io.sentia.notifications.rules;

import java.util.List;
import java.util.UUID;

import io.sentia.servicekit.errors.ApiProblemException;
import io.sentia.servicekit.security.Access;
import io.sentia.servicekit.security.Role;
import io.sentia.servicekit.tenancy.TenantContext;

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

	@GetMapping
	@Access(role = Role.VIEWER)
	RuleList rules() {
		String tenantId = this.tenantContext.currentTenantId();
		return new RuleList(this.transaction.execute((status) -> this.book.rulesOf(tenantId)));
	}

	@GetMapping("/{ruleId}")
	@Access(role = Role.VIEWER)
	Rule rule(@PathVariable UUID ruleId) {
		String tenantId = this.tenantContext.currentTenantId();
		return this.book.find(tenantId, ruleId).orElseThrow(() -> notFound(ruleId));
	}

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
