package io.sentia.auth.client;

import java.util.Set;

/**
 * The scopes a tenant's partner client may be given (the security contract's catalogue).
 */
public final class PartnerScopes {

	/** Every scope a partner client may hold. */
	public static final Set<String> ALL = Set.of("analytics.read", "forecasts.read", "forecasts.write",
			"integrations.read", "integrations.write", "webhooks.manage");

	/** The platform operator's scope; never a partner's. */
	public static final String PLATFORM_ADMIN = "platform.admin";

	private PartnerScopes() {
	}

}
