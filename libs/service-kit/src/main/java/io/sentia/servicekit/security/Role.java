package io.sentia.servicekit.security;

/**
 * A user's role in a tenant, lowest first: a higher role includes every lower one.
 */
public enum Role {

	/** Reads dashboards and reports. */
	VIEWER,

	/** Also runs day-to-day operations: syncs, orders, acknowledging alerts. */
	OPERATOR,

	/** Also approves plans and changes tenant settings. */
	MANAGER,

	/** Also manages members, partner clients and integrations' credentials. */
	ADMIN;

	/** Prefix of the Spring Security authority of a role. */
	public static final String AUTHORITY_PREFIX = "ROLE_";

	/**
	 * Whether this role grants what {@code other} grants.
	 * @param other the role an action requires
	 * @return {@code true} if this role is {@code other} or higher
	 */
	public boolean includes(Role other) {
		return compareTo(other) >= 0;
	}

	/**
	 * Returns the Spring Security authority of this role, e.g. {@code ROLE_MANAGER}.
	 * @return the authority
	 */
	public String authority() {
		return AUTHORITY_PREFIX + name();
	}

}
