package io.sentia.analytics.workingcapital.sales;

import java.util.function.Function;

/**
 * What sales can be grouped by. Every line falls in exactly one group (a line without a
 * value for the dimension falls in {@link #NONE}), so the groups always add up to the
 * whole.
 */
public enum GroupBy {

	/** Sales region. */
	REGION(SalesLine::region),

	/** Sales channel. */
	CHANNEL(SalesLine::channel),

	/** Store or marketplace. */
	STORE(SalesLine::store),

	/** Stock keeping unit. */
	SKU(SalesLine::sku),

	/** The SKU's category. */
	CATEGORY(SalesLine::category),

	/** Day of the order. */
	DAY((line) -> Bucketing.DAY.key(line.date())),

	/** ISO week of the order. */
	ISO_WEEK((line) -> Bucketing.ISO_WEEK.key(line.date())),

	/** Month of the order. */
	MONTH((line) -> Bucketing.MONTH.key(line.date()));

	/** The group of lines that have no value for the dimension. */
	public static final String NONE = "(none)";

	private final Function<SalesLine, String> key;

	GroupBy(Function<SalesLine, String> key) {
		this.key = key;
	}

	/**
	 * The group a line belongs to.
	 * @param line the line
	 * @return its group key, {@link #NONE} when the line has no value
	 */
	public String keyOf(SalesLine line) {
		String value = this.key.apply(line);
		return (value == null || value.isBlank()) ? NONE : value;
	}

}
