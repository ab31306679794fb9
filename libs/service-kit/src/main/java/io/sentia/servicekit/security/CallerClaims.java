package io.sentia.servicekit.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.util.StringUtils;

/**
 * Reads a {@link Caller} from the claims of a verified token.
 */
final class CallerClaims {

	private CallerClaims() {
	}

	static Caller caller(Jwt jwt) {
		PrincipalType type = PrincipalType.fromClaim(jwt.getClaim(SentiaClaims.PRINCIPAL_TYPE))
			.orElseThrow(() -> new IllegalStateException("A verified token lacks a valid principal_type"));
		Role role = (type == PrincipalType.USER) ? highestRole(jwt).orElse(null) : null;
		String email = (type == PrincipalType.USER) ? jwt.getClaimAsString(SentiaClaims.EMAIL) : null;
		return new Caller(jwt.getSubject(), jwt.getClaimAsString(SentiaClaims.TENANT_ID), role, scopes(jwt), type,
				email);
	}

	static List<Role> roles(Jwt jwt) {
		return strings(jwt.getClaim(SentiaClaims.ROLES)).stream().flatMap((name) -> role(name).stream()).toList();
	}

	static Optional<Role> highestRole(Jwt jwt) {
		return roles(jwt).stream().max(Role::compareTo);
	}

	/**
	 * The {@code scope} claim: a JSON array (Spring Authorization Server) or, tolerated,
	 * a space-delimited string (RFC 8693).
	 */
	static Set<String> scopes(Jwt jwt) {
		return new LinkedHashSet<>(strings(jwt.getClaim(SentiaClaims.SCOPE)));
	}

	private static List<String> strings(Object claim) {
		if (claim instanceof String text) {
			return List.of(StringUtils.tokenizeToStringArray(text, " "));
		}
		if (claim instanceof Collection<?> values) {
			return values.stream().filter(String.class::isInstance).map(String.class::cast).toList();
		}
		return List.of();
	}

	private static Optional<Role> role(String name) {
		for (Role role : Role.values()) {
			if (role.name().equals(name)) {
				return Optional.of(role);
			}
		}
		// An unknown role (e.g. from a newer auth-service) grants nothing here.
		return Optional.empty();
	}

}
