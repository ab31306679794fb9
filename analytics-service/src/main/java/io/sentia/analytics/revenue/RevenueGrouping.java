package io.sentia.analytics.revenue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What revenue rows are keyed by.
 */
enum RevenueGrouping {

	/** Sales region, e.g. {@code UK}. */
	REGION("region"),

	/** Sales channel, e.g. {@code shopify}. */
	CHANNEL("channel"),

	/** UTC order date, {@code YYYY-MM-DD}. */
	DAY("to_char(order_date, 'YYYY-MM-DD')");

	private final String keyColumn;

	RevenueGrouping(String keyColumn) {
		this.keyColumn = keyColumn;
	}

	/** The SQL expression of the row key; fixed here, never built from input. */
	String keyColumn() {
		return this.keyColumn;
	}

	/** The name clients use. */
	String parameterValue() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Optional<RevenueGrouping> of(String value) {
		return Arrays.stream(values()).filter((grouping) -> grouping.parameterValue().equals(value)).findFirst();
	}

	static String allowedValues() {
		return Arrays.stream(values()).map(RevenueGrouping::parameterValue).collect(Collectors.joining(", "));
	}

}
