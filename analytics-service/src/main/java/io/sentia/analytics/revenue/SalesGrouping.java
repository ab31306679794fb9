package io.sentia.analytics.revenue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import io.sentia.analytics.workingcapital.sales.GroupBy;

/**
 * What sales figures are keyed by. Order-level groupings count each order once with its
 * total; {@link #SKU} and {@link #CATEGORY} count order lines, so its revenue is what the
 * products sold for (the lines' totals, without shipping or order-level adjustments).
 */
public enum SalesGrouping {

	/** One row per currency. */
	TOTAL("'total'", false),

	/** Sales region, e.g. {@code UK}. */
	REGION("o.region", false),

	/** Sales channel, e.g. {@code shopify}. */
	CHANNEL("o.channel", false),

	/** Store within its source, e.g. the Shopify shop domain. */
	STORE("o.source || ':' || o.store", false),

	/** UTC order date, {@code YYYY-MM-DD}. */
	DAY("to_char(o.order_date, 'YYYY-MM-DD')", false),

	/** ISO week of the UTC order date, {@code YYYY-Www}. */
	WEEK("to_char(o.order_date, 'IYYY-\"W\"IW')", false),

	/** Month of the UTC order date, {@code YYYY-MM}. */
	MONTH("to_char(o.order_date, 'YYYY-MM')", false),

	/** Stock keeping unit, from the order lines. */
	SKU("l.sku", true),

	/**
	 * The product's category from the catalogue, from the order lines; lines of a product
	 * without one (or not in the catalogue) are {@code (none)}, as in
	 * {@link GroupBy#NONE}.
	 */
	CATEGORY("coalesce(l.category, '" + GroupBy.NONE + "')", true);

	/**
	 * The groupings {@code sales_day} keeps per day; {@link #DAY}, {@link #WEEK} and
	 * {@link #MONTH} are read from the {@link #TOTAL} rows keyed by their day.
	 */
	static final List<SalesGrouping> STORED = List.of(TOTAL, REGION, CHANNEL, STORE, SKU, CATEGORY);

	private final String keyExpression;

	private final boolean byLine;

	SalesGrouping(String keyExpression, boolean byLine) {
		this.keyExpression = keyExpression;
		this.byLine = byLine;
	}

	/** The SQL expression of the row key; fixed here, never built from input. */
	String keyExpression() {
		return this.keyExpression;
	}

	/** The grouping of the {@code sales_day} rows this one is read from. */
	SalesGrouping stored() {
		return isTime() ? TOTAL : this;
	}

	/**
	 * The SQL expression of the row key over {@code sales_day s}; fixed here, never built
	 * from input.
	 */
	String storedKeyExpression() {
		return isTime() ? this.keyExpression.replace("o.order_date", "s.day") : "s.group_key";
	}

	/** Whether rows are periods of time, whose keys do not recur in other periods. */
	boolean isTime() {
		return this == DAY || this == WEEK || this == MONTH;
	}

	/** Whether rows are made of order lines rather than whole orders. */
	boolean byLine() {
		return this.byLine;
	}

	/** The name clients use. */
	String parameterValue() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<SalesGrouping> of(String value) {
		return Arrays.stream(values()).filter((grouping) -> grouping.parameterValue().equals(value)).findFirst();
	}

	public static String allowedValues() {
		return Arrays.stream(values()).map(SalesGrouping::parameterValue).collect(Collectors.joining(", "));
	}

}
