package io.sentia.servicekit.security;

/**
 * Names of the claims of a Sentia access token beyond the registered ones ({@code iss},
 * {@code sub}, {@code aud}, {@code exp}, {@code iat}, {@code jti}), for the issuer and
 * every resource server alike.
 */
public final class SentiaClaims {

	/** UUID of the tenant the token acts for. */
	public static final String TENANT_ID = "tenant_id";

	/** {@code user} or {@code client}. */
	public static final String PRINCIPAL_TYPE = "principal_type";

	/** Users' roles in the tenant, e.g. {@code ["MANAGER"]}; absent for partners. */
	public static final String ROLES = "roles";

	/** Partners' scopes, a JSON array of strings. */
	public static final String SCOPE = "scope";

	/** A user's e-mail. */
	public static final String EMAIL = "email";

	/** A user's display name. */
	public static final String NAME = "name";

	/** The audience every Sentia API token carries. */
	public static final String DEFAULT_AUDIENCE = "sentia-api";

	private SentiaClaims() {
	}

}
