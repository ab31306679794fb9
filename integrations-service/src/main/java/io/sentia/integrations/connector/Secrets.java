package io.sentia.integrations.connector;

import java.util.Map;
import java.util.TreeSet;

/**
 * Decrypted secrets of one connection by name (e.g. {@code accessToken},
 * {@code refreshToken}, {@code accessTokenExpiresAt}, {@code apiKey}). Its string form
 * lists names only, so logging it by mistake leaks nothing.
 *
 * @param values secret values by name
 */
public record Secrets(Map<String, String> values) {

	public Secrets {
		values = Map.copyOf(values);
	}

	/**
	 * The named secret.
	 * @throws IllegalStateException when the connection has no such secret
	 */
	public String require(String name) {
		String value = this.values.get(name);
		if (value == null || value.isEmpty()) {
			throw new IllegalStateException("connection has no '" + name + "' credential");
		}
		return value;
	}

	/** The named secret or {@code null}. */
	public String get(String name) {
		return this.values.get(name);
	}

	/** These secrets with {@code changes} laid over them. */
	public Secrets with(Map<String, String> changes) {
		Map<String, String> merged = new java.util.HashMap<>(this.values);
		merged.putAll(changes);
		return new Secrets(merged);
	}

	@Override
	public String toString() {
		return "Secrets" + new TreeSet<>(this.values.keySet());
	}

}
