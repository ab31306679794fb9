package io.sentia.integrations.connection;

import java.util.Locale;

/** Whether a connection is synced. */
public enum ConnectionStatus {

	/** Synced and accepting webhooks. */
	ACTIVE,
	/** Kept with its credentials, but not synced. */
	DISABLED,
	/** Gone for its tenant; credentials wiped, row kept for the history that names it. */
	DELETED;

	/** Lower-case name used in the database and the API. */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	static ConnectionStatus fromId(String id) {
		return valueOf(id.toUpperCase(Locale.ROOT));
	}

}
