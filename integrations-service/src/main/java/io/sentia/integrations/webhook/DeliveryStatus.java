package io.sentia.integrations.webhook;

import java.util.Locale;

/** Where a webhook delivery is. */
public enum DeliveryStatus {

	/** Waiting for its (next) attempt. */
	QUEUED,
	/** Processed by its handler. */
	DONE,
	/** Its attempts ran out; {@code lastError} says why. */
	FAILED;

	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	static DeliveryStatus fromId(String id) {
		return valueOf(id.toUpperCase(Locale.ROOT));
	}

}
