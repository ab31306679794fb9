package io.sentia.events;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Cheap argument checks shared by the event records' compact constructors, so that a
 * malformed event fails where it is built with a message naming the field.
 */
final class Invariants {

	private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

	private Invariants() {
	}

	static <T> T required(T value, String field) {
		if (value == null) {
			throw new IllegalArgumentException(field + " must not be null");
		}
		return value;
	}

	static String requiredText(String value, String field) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(field + " must not be blank");
		}
		return value;
	}

	static String currency(String value, String field) {
		if (value == null || !CURRENCY.matcher(value).matches()) {
			throw new IllegalArgumentException(
					field + " must be an ISO-4217 code of 3 upper-case letters but was '" + value + "'");
		}
		return value;
	}

	static int notNegative(int value, String field) {
		if (value < 0) {
			throw new IllegalArgumentException(field + " must not be negative but was " + value);
		}
		return value;
	}

	static int positive(int value, String field) {
		if (value <= 0) {
			throw new IllegalArgumentException(field + " must be positive but was " + value);
		}
		return value;
	}

	static Money sameCurrency(Money money, String currency, String field) {
		if (!money.currency().equals(currency)) {
			throw new IllegalArgumentException(field + " must be in " + currency + " but was in " + money.currency());
		}
		return money;
	}

	/** Copies the list so the event stays immutable; a missing list is an empty one. */
	static <T> List<T> copyOf(List<T> values, String field) {
		if (values == null) {
			return List.of();
		}
		for (T value : values) {
			required(value, field + " element");
		}
		return List.copyOf(values);
	}

	/**
	 * Copies the map so the event stays immutable, keeping the producer's order (it is
	 * the order people read the entries in); a missing map is an empty one.
	 */
	static <K, V> Map<K, V> copyOf(Map<K, V> values, String field) {
		if (values == null) {
			return Map.of();
		}
		values.forEach((key, value) -> {
			required(key, field + " key");
			required(value, field + "['" + key + "']");
		});
		return Collections.unmodifiableMap(new LinkedHashMap<>(values));
	}

}
