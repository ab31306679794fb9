package io.sentia.servicekit.security;

import java.util.Optional;

/**
 * Who holds a token: a person signed in to a tenant, or a partner's client acting for it.
 */
public enum PrincipalType {

	/** A person; the token carries {@code roles}. */
	USER("user"),

	/** A partner system (client credentials); the token carries {@code scope}. */
	CLIENT("client");

	private final String claimValue;

	PrincipalType(String claimValue) {
		this.claimValue = claimValue;
	}

	/**
	 * Returns the value of the {@code principal_type} claim for this type.
	 * @return {@code user} or {@code client}
	 */
	public String claimValue() {
		return this.claimValue;
	}

	/**
	 * Reads a {@code principal_type} claim value.
	 * @param claimValue the value, possibly {@code null}
	 * @return the type, or empty if the value is not one of the known ones
	 */
	public static Optional<PrincipalType> fromClaim(Object claimValue) {
		for (PrincipalType type : values()) {
			if (type.claimValue.equals(claimValue)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

}
