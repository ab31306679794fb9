package io.sentia.analytics.cash;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of a week: a category (and, for per-channel, per-name or per-label categories,
 * which one) with its items' total.
 *
 * @param category the kind of line
 * @param label what the line shows: the channel, the recurring outflow's or one-off's
 * name, or the category's own name
 * @param planned whether the money is planned rather than committed (suggested purchases)
 * @param amount the sum of the items, signed, in cents; zero in a week without items
 * @param fxEstimated whether any item's conversion used an estimated rate
 * @param items the movements, by date
 */
public record CashLine(LineCategory category, String label, boolean planned, BigDecimal amount, boolean fxEstimated,
		List<CashItem> items) {

	public CashLine {
		items = List.copyOf(items);
	}

}
