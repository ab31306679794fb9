package io.sentia.servicekit.security;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Who is calling, as the verified access token says.
 *
 * @param subject the token's {@code sub}: the user id, or the partner's client id
 * @param tenantId the tenant the token acts for ({@code tenant_id})
 * @param role the user's highest role in the tenant; {@code null} for partner clients
 * @param scopes the partner's scopes ({@code scope}); for users, whatever OIDC scopes
 * their token carries, which never grant access to an endpoint
 * @param type whether a user or a partner client holds the token
 * @param email the user's e-mail; {@code null} for partner clients
 */
public record Caller(String subject, String tenantId, @Nullable Role role, Set<String> scopes, PrincipalType type,
		@Nullable String email) {

	public Caller {
		scopes = Set.copyOf(scopes);
	}

	/**
	 * Whether this caller may use an endpoint guarded by {@code access}: a user whose
	 * role includes the required role, or a partner client holding any of its scopes.
	 * @param access the endpoint's rule
	 * @return {@code true} if allowed
	 */
	public boolean isAllowed(Access access) {
		return switch (this.type) {
			case USER -> this.role != null && this.role.includes(access.role());
			case CLIENT -> Set.of(access.scopes()).stream().anyMatch(this.scopes::contains);
		};
	}

}
