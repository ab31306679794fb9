package io.sentia.servicekit.testapp;

import java.util.Map;

import io.sentia.servicekit.security.Access;
import io.sentia.servicekit.security.Caller;
import io.sentia.servicekit.security.Role;
import io.sentia.servicekit.tenancy.TenantContext;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * API endpoints with each kind of access rule, for the resource-server tests.
 */
@RestController
@RequestMapping("/api/test")
class SecuredTestController {

	private final TenantContext tenantContext;

	SecuredTestController(TenantContext tenantContext) {
		this.tenantContext = tenantContext;
	}

	/** Readable by every user and by partners with {@code analytics.read}. */
	@GetMapping("/reports")
	@Access(role = Role.VIEWER, scopes = "analytics.read")
	Map<String, Object> reports(@RequestParam(name = "tenantId", required = false) String ignoredTenantId) {
		Caller caller = this.tenantContext.currentCaller();
		return Map.of("tenantId", this.tenantContext.currentTenantId(), "subject", caller.subject(), "type",
				caller.type().name(), "role", String.valueOf(caller.role()), "scopes", caller.scopes());
	}

	/** Managers and admins only; no partner. */
	@PostMapping("/plans")
	@Access(role = Role.MANAGER)
	Map<String, String> approvePlan() {
		return Map.of("approved", "true");
	}

	/** A forgotten annotation: must be closed to everyone. */
	@GetMapping("/unguarded")
	Map<String, String> unguarded() {
		return Map.of("leaked", "true");
	}

}
