package io.sentia.auth.client;

/**
 * A client's credentials as shown once, right after creation or rotation; only a hash is
 * kept.
 *
 * @param clientId the client id
 * @param clientSecret the plain secret, never retrievable again
 */
public record IssuedClientSecret(String clientId, String clientSecret) {

	@Override
	public String toString() {
		return "IssuedClientSecret[clientId=" + this.clientId + ", clientSecret=***]";
	}

}
