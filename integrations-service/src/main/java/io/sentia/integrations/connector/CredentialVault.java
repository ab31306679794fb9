package io.sentia.integrations.connector;

import java.util.Optional;
import java.util.UUID;

/**
 * Secrets of connections, encrypted at rest. Implementations keep every secret under its
 * own data key wrapped by the key-encryption key, and never log or return them in APIs.
 */
public interface CredentialVault {

	/** The connection's current secrets (empty when none were stored). */
	Secrets read(UUID connectionId);

	/** Replaces the connection's secrets, e.g. after an OAuth callback. */
	void store(UUID connectionId, Secrets secrets);

	/**
	 * Refreshes the connection's secrets at most once at a time across threads and
	 * service instances: it locks the connection's credentials, re-reads them (another
	 * caller may just have refreshed), asks {@code refresher} and, when it returns new
	 * secrets, saves them before anyone can use them.
	 * @param connectionId the connection
	 * @param refresher decides from the current secrets whether a refresh is due and does
	 * it
	 * @return the secrets to use now
	 */
	Secrets refresh(UUID connectionId, Refresher refresher);

	/** Refreshes secrets, e.g. by exchanging a rotating refresh token. */
	@FunctionalInterface
	interface Refresher {

		/**
		 * @param current the secrets as stored now
		 * @return the new secrets to store, or empty when {@code current} is still fresh
		 */
		Optional<Secrets> refresh(Secrets current);

	}

}
