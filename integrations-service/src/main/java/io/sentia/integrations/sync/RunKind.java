package io.sentia.integrations.sync;

import java.util.Locale;

/** What a sync run reads. */
public enum RunKind {

	/** From the cursor (minus the stream's overlap) to now. */
	INCREMENTAL,
	/** From a start date in date windows, each window's completion persisted. */
	BACKFILL,
	/** The last few days again, whatever the cursor, to catch missed webhooks. */
	RECONCILE;

	String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	static RunKind fromId(String id) {
		for (RunKind kind : values()) {
			if (kind.id().equals(id)) {
				return kind;
			}
		}
		throw new IllegalArgumentException("kind must be one of incremental, backfill, reconcile, not '" + id + "'");
	}

}
