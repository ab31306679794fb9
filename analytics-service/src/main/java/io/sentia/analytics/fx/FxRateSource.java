package io.sentia.analytics.fx;

import java.util.Locale;

/**
 * Where a rate came from; stored and shown in lower case.
 */
public enum FxRateSource {

	/** The European Central Bank's daily reference rates, through the feed. */
	ECB,

	/** Uploaded by a MANAGER; a feed never replaces it. */
	MANUAL,

	/** Part of the demo data set. */
	DEMO;

	/** The stored and shown name, e.g. {@code ecb}. */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	static FxRateSource of(String value) {
		return valueOf(value.toUpperCase(Locale.ROOT));
	}

}
