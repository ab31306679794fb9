package io.sentia.integrations.connector;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Looks connections up without a user's token (webhooks, scheduled syncs) and lets an
 * OAuth callback record the provider account it learnt.
 */
public interface ConnectionDirectory {

	Optional<ConnectionSpec> find(UUID connectionId);

	/**
	 * Every active (not deleted, not disabled) connection of every tenant, for
	 * schedulers.
	 */
	List<ConnectionSpec> active();

	/** Active connections of a provider account, e.g. every tenant's link to one shop. */
	List<ConnectionSpec> findByAccount(Provider provider, String account);

	/** Records the provider account of a connection (e.g. the Xero tenant id). */
	void updateAccount(UUID connectionId, String account);

}
