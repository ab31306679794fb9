package io.sentia.auth.admin;

import java.util.Set;

import io.sentia.auth.client.IssuedClientSecret;
import io.sentia.auth.client.PartnerClient;

/**
 * A partner client with its secret, the one time it is shown (after creation or
 * rotation).
 *
 * @param clientId the client id
 * @param clientSecret the secret; Sentia keeps only a hash and cannot show it again
 * @param name the client's name
 * @param scopes the scopes it may request
 */
public record ClientCredentials(String clientId, String clientSecret, String name, Set<String> scopes) {

	static ClientCredentials of(IssuedClientSecret issued, PartnerClient client) {
		return new ClientCredentials(issued.clientId(), issued.clientSecret(), client.name(), client.scopes());
	}

	@Override
	public String toString() {
		return "ClientCredentials[clientId=" + this.clientId + ", clientSecret=***]";
	}

}
