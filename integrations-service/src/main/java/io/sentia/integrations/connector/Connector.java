package io.sentia.integrations.connector;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One provider's connector: the streams it reads, how it proves a connection works and
 * how it maps provider records to canonical events. A Spring bean per provider.
 */
public interface Connector {

	Provider provider();

	/**
	 * Secret names a new connection must be given (empty when an OAuth flow supplies
	 * them).
	 */
	Set<String> requiredSecrets();

	/** The streams this connector reads, e.g. orders, products, inventory. */
	List<StreamDefinition> streams();

	/**
	 * Makes one cheap authenticated call and reports the provider's answer.
	 * @return the outcome; never throws for a refused credential
	 */
	ConnectionCheck check(ConnectionSpec connection);

	/** Reads the named stream. */
	StreamReader reader(String stream);

	/** Maps the named stream's raw records to canonical events. */
	RecordMapper mapper(String stream);

	/**
	 * Refuses settings this connector cannot use; called when a connection is created or
	 * its settings change.
	 * @param settings the connection's settings
	 * @throws IllegalArgumentException naming the setting and what to fix (answered 400)
	 */
	default void checkSettings(Map<String, String> settings) {
	}

}
