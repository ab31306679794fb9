package io.sentia.auth.me;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.sentia.auth.audit.AuditEntry;
import io.sentia.auth.audit.AuditLog;
import io.sentia.auth.user.User;
import io.sentia.auth.user.Users;
import io.sentia.events.AuditRecorded.Outcome;
import io.sentia.servicekit.errors.ApiProblemException;
import io.sentia.servicekit.security.Access;
import io.sentia.servicekit.security.Caller;
import io.sentia.servicekit.security.Role;
import io.sentia.servicekit.tenancy.TenantContext;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/auth/v1/me}: any signed-in user (users only, not partners).
 */
@RestController
@RequestMapping("/api/auth/v1/me")
@Access(role = Role.VIEWER)
class MeController {

	private final TenantContext tenantContext;

	private final Users users;

	private final AuditLog audit;

	MeController(TenantContext tenantContext, Users users, AuditLog audit) {
		this.tenantContext = tenantContext;
		this.users = users;
		this.audit = audit;
	}

	/**
	 * Who the caller is: id, email, name, the tenant the token acts in and every
	 * membership.
	 * @return the caller's profile
	 */
	@GetMapping
	Me me() {
		Caller caller = this.tenantContext.currentCaller();
		User user = currentUser(caller);
		List<MembershipView> memberships = this.users.memberships(user.id())
			.stream()
			.map((membership) -> new MembershipView(membership.tenantId(), membership.tenantName(), membership.role()))
			.toList();
		return new Me(user.id(), user.email(), user.displayName(), UUID.fromString(caller.tenantId()), memberships);
	}

	/**
	 * Chooses the tenant the caller's next tokens act in (after the next refresh or
	 * sign-in).
	 * @param request the tenant, one of the caller's memberships
	 * @return the caller's profile with the chosen tenant as the next active one
	 */
	@PutMapping("/active-tenant")
	@Transactional
	ActiveTenant chooseActiveTenant(@Valid @RequestBody ActiveTenant request) {
		Caller caller = this.tenantContext.currentCaller();
		User user = currentUser(caller);
		if (!this.users.chooseActiveTenant(user.id(), request.tenantId())) {
			throw ApiProblemException.notFound("You are not a member of tenant " + request.tenantId() + ".");
		}
		this.audit.record(
				AuditEntry
					.of(AuditEntry.user(user.id(), user.email()), request.tenantId(), "user.active_tenant_changed",
							Outcome.SUCCESS)
					.withTarget("tenant", request.tenantId().toString()));
		return request;
	}

	private User currentUser(Caller caller) {
		UUID id;
		try {
			id = UUID.fromString(caller.subject());
		}
		catch (IllegalArgumentException ex) {
			throw ApiProblemException.notFound("The token's subject is not a user.");
		}
		return this.users.findById(id).orElseThrow(() -> ApiProblemException.notFound("No such user."));
	}

	/**
	 * The caller's profile.
	 *
	 * @param id user id
	 * @param email sign-in email
	 * @param name display name
	 * @param activeTenantId the tenant the current token acts in
	 * @param memberships every tenant the user belongs to, with the role there
	 */
	record Me(UUID id, String email, String name, UUID activeTenantId, List<MembershipView> memberships) {
	}

	/**
	 * One membership.
	 *
	 * @param tenantId the tenant
	 * @param tenantName its name
	 * @param role the user's role there
	 */
	record MembershipView(UUID tenantId, String tenantName, Role role) {
	}

	/**
	 * The tenant to act in.
	 *
	 * @param tenantId a tenant the caller is a member of
	 */
	record ActiveTenant(@NotNull UUID tenantId) {
	}

}
