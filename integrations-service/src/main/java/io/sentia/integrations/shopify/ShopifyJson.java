package io.sentia.integrations.shopify;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import io.sentia.integrations.connector.RecordRejectedException;
import tools.jackson.databind.JsonNode;

/** Reading Shopify's JSON values: ids, shop-local timestamps and decimal money. */
final class ShopifyJson {

	private ShopifyJson() {
	}

	/**
	 * The numeric id of a GraphQL global id ({@code gid://shopify/Order/450789469}) or a
	 * REST id.
	 */
	static long id(JsonNode value, String field) {
		if (value.isNumber()) {
			return value.asLong();
		}
		String text = value.asString("");
		int slash = text.lastIndexOf('/');
		String tail = (slash >= 0) ? text.substring(slash + 1) : text;
		int query = tail.indexOf('?');
		tail = (query >= 0) ? tail.substring(0, query) : tail;
		try {
			return Long.parseLong(tail);
		}
		catch (NumberFormatException ex) {
			throw new RecordRejectedException(field + " must be a Shopify id but was '" + text + "'");
		}
	}

	/**
	 * An instant from Shopify's ISO-8601 timestamps, which carry the shop's offset in
	 * REST ({@code 2008-01-10T11:00:00-05:00}) and UTC in GraphQL.
	 * @return the instant, or {@code null} when the field is absent or null
	 */
	static Instant instant(JsonNode value, String field) {
		if (value.isMissingNode() || value.isNull()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value.asString()).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new RecordRejectedException(field + " must be an ISO-8601 timestamp but was '" + value + "'");
		}
	}

	static Instant requiredInstant(JsonNode value, String field) {
		Instant instant = instant(value, field);
		if (instant == null) {
			throw new RecordRejectedException(field + " is missing");
		}
		return instant;
	}

	/** A decimal amount, from Shopify's decimal strings (or an exact JSON number). */
	static BigDecimal decimal(JsonNode value, String field) {
		if (value.isNumber()) {
			return value.decimalValue();
		}
		try {
			return new BigDecimal(value.asString(""));
		}
		catch (NumberFormatException ex) {
			throw new RecordRejectedException(field + " must be a decimal amount but was '" + value + "'");
		}
	}

	/** Text of a field, or {@code null} when absent, null or blank. */
	static String text(JsonNode value) {
		if (value.isMissingNode() || value.isNull()) {
			return null;
		}
		String text = value.asString("");
		return text.isBlank() ? null : text;
	}

}
