package io.sentia.auth.platform;

import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.sentia.auth.audit.AuditEntry;
import io.sentia.auth.audit.AuditLog;
import io.sentia.auth.key.SigningKeys;
import io.sentia.auth.tenant.NewTenant;
import io.sentia.auth.tenant.Tenant;
import io.sentia.auth.tenant.Tenants;
import io.sentia.auth.user.User;
import io.sentia.auth.reset.PasswordResets;
import io.sentia.auth.user.Users;
import io.sentia.events.AuditRecorded.Actor;
import io.sentia.events.AuditRecorded.Outcome;
import io.sentia.servicekit.security.Access;
import io.sentia.servicekit.security.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The platform operator's endpoints. The platform chain admits only tokens with scope
 * {@code platform.admin}; {@code @Access} repeats the rule for the service kit's check
 * (its role is never reached: users cannot hold that scope).
 */
@RestController
@RequestMapping("/api/auth/v1/platform")
@Access(role = Role.ADMIN, scopes = "platform.admin")
class PlatformController {

	private final Tenants tenants;

	private final Users users;

	private final PasswordResets passwordResets;

	private final SigningKeys signingKeys;

	private final AuditLog audit;

	PlatformController(Tenants tenants, Users users, SigningKeys signingKeys, AuditLog audit,
			PasswordResets passwordResets) {
		this.tenants = tenants;
		this.users = users;
		this.signingKeys = signingKeys;
		this.audit = audit;
		this.passwordResets = passwordResets;
	}

	/**
	 * Creates a tenant, published on {@code auth.tenants.v1}, optionally with its first
	 * ADMIN (an invited user without a password until they set one).
	 * @param request the tenant
	 * @param jwt the platform operator's token
	 * @return the tenant and the invited admin's id
	 */
	@PostMapping("/tenants")
	@ResponseStatus(HttpStatus.CREATED)
	@Transactional
	CreatedTenant createTenant(@Valid @RequestBody CreateTenantRequest request, @AuthenticationPrincipal Jwt jwt) {
		Actor actor = AuditEntry.client(jwt.getSubject());
		Tenant tenant = this.tenants.create(
				new NewTenant(null, request.slug(), request.name(), request.baseCurrency(), request.timeZone()), actor);
		UUID adminId = null;
		if (request.admin() != null) {
			Optional<User> existing = this.users.findByEmail(request.admin().email());
			User admin = existing
				.orElseGet(() -> this.users.create(request.admin().email(), request.admin().name(), null));
			this.users.grant(admin.id(), tenant.id(), Role.ADMIN);
			if (existing.isEmpty()) {
				// A new account has no password: the invitation is how its owner sets
				// one.
				this.passwordResets.sendInvitation(admin.id(), admin.email(), tenant.id(), tenant.name());
			}
			this.audit.record(AuditEntry.of(actor, tenant.id(), "user.invited", Outcome.SUCCESS)
				.withTarget("user", admin.id().toString())
				.withDetail("role", Role.ADMIN.name()));
			adminId = admin.id();
		}
		return new CreatedTenant(tenant, adminId);
	}

	/**
	 * Starts signing with a new key; tokens signed with the previous one keep verifying
	 * until they expire.
	 * @param jwt the platform operator's token
	 * @return the new key id
	 */
	@PostMapping("/signing-keys:rotate")
	RotatedKey rotateSigningKey(@AuthenticationPrincipal Jwt jwt) {
		return new RotatedKey(this.signingKeys.rotate(AuditEntry.client(jwt.getSubject())));
	}

	/**
	 * A tenant to create.
	 *
	 * @param slug URL-safe short name
	 * @param name display name
	 * @param baseCurrency ISO-4217 reporting currency, default GBP
	 * @param timeZone IANA time zone, default Europe/London
	 * @param admin the first ADMIN to invite, or {@code null}
	 */
	record CreateTenantRequest(
			@NotBlank @Size(max = 63) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
					message = "must be lower-case letters, digits and single hyphens") String slug,
			@NotBlank @Size(max = 200) String name, @Nullable String baseCurrency, @Nullable String timeZone,
			@Valid @Nullable InvitedAdmin admin) {
	}

	/**
	 * The first ADMIN of a new tenant.
	 *
	 * @param email sign-in email
	 * @param name display name
	 */
	record InvitedAdmin(@NotBlank @Email String email, @NotBlank @Size(max = 200) String name) {
	}

	/**
	 * The created tenant.
	 *
	 * @param tenant the tenant
	 * @param adminUserId the invited admin's id, or {@code null}
	 */
	record CreatedTenant(Tenant tenant, @Nullable UUID adminUserId) {
	}

	/**
	 * The result of a rotation.
	 *
	 * @param kid the id of the key now signing
	 */
	record RotatedKey(String kid) {
	}

}
