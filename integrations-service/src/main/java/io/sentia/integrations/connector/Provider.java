package io.sentia.integrations.connector;

import java.util.Locale;

/**
 * A source of tenant data; {@link #id()} is the name used in APIs, events and metrics.
 */
public enum Provider {

	SHOPIFY, AMAZON, XERO, UNLEASHED,
	/** Microsoft Graph mail: spreadsheets arriving as attachments in a mailbox. */
	MAIL,
	/** Files uploaded by a user; never a connection, only a provenance. */
	UPLOAD;

	/** Lower-case id, e.g. {@code shopify}. */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Reads a provider from its id.
	 * @param id e.g. {@code shopify}
	 * @return the provider
	 * @throws IllegalArgumentException naming the known ids when {@code id} is unknown
	 */
	public static Provider fromId(String id) {
		for (Provider provider : values()) {
			if (provider.id().equals(id)) {
				return provider;
			}
		}
		throw new IllegalArgumentException(
				"provider must be one of shopify, amazon, xero, unleashed, mail, upload but was '" + id + "'");
	}

}
