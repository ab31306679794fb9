package io.sentia.events;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Cheap argument checks shared by the event records' compact constructors, so that a
 * malformed event fails where it is built with a message naming the field.
 */
final class Invariants {

	private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

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

	static String slug(String value, String field) {
		if (value == null || !SLUG.matcher(value).matches()) {
			throw new IllegalArgumentException(
					field + " must be lower-case letters and digits joined by single hyphens but was '" + value + "'");
		}
		return value;
	}

	static String oneOf(String value, Set<String> allowed, String field) {
		if (value == null || !allowed.contains(value)) {
			throw new IllegalArgumentException(
					field + " must be one of " + new TreeSet<>(allowed) + " but was '" + value + "'");
		}
		return value;
	}

	static int notNegative(int value, String field) {
		if (value < 0) {
			throw new IllegalArgumentException(field + " must not be negative but was " + value);
		}
		return value;
	}

	static long notNegative(long value, String field) {
		if (value < 0) {
			throw new IllegalArgumentException(field + " must not be negative but was " + value);
		}
		return value;
	}

	static long positive(long value, String field) {
		if (value <= 0) {
			throw new IllegalArgumentException(field + " must be positive but was " + value);
		}
		return value;
	}

	static double finite(double value, String field) {
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException(field + " must be a finite number but was " + value);
		}
		return value;
	}

	static double fraction(double value, String field) {
		if (!(value >= 0.0 && value <= 1.0)) {
			throw new IllegalArgumentException(field + " must be between 0 and 1 but was " + value);
		}
		return value;
	}

	static Money notNegative(Money money, String field) {
		if (money.amount().signum() < 0) {
			throw new IllegalArgumentException(field + " must not be negative but was " + money.amount());
		}
		return money;
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
