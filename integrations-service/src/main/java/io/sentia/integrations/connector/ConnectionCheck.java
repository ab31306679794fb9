package io.sentia.integrations.connector;

import java.util.Map;

/**
 * The outcome of a "test connection" call.
 *
 * @param ok whether the provider accepted the credential
 * @param providerStatus HTTP status the provider answered (0 if unreachable)
 * @param message the provider's answer in words, secret-free
 * @param details what the provider told us about the account, e.g. shop name, currency
 */
public record ConnectionCheck(boolean ok, int providerStatus, String message, Map<String, String> details) {

	public ConnectionCheck {
		details = Map.copyOf(details);
	}

}
