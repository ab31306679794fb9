package io.sentia.integrations.connector;

import java.time.Instant;

/**
 * The provider asked us to stop using this credential for a while (e.g. Xero's daily
 * limit). The sync engine pauses the connection until {@link #until()} and says why.
 */
public class ConnectionPausedException extends ProviderCallException {

	private final Instant until;

	public ConnectionPausedException(Instant until, String reason) {
		super("paused", reason + "; paused until " + until);
		this.until = until;
	}

	/** When calls may start again. */
	public Instant until() {
		return this.until;
	}

}
