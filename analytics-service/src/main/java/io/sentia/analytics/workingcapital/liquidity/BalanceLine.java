package io.sentia.analytics.workingcapital.liquidity;

import java.math.BigDecimal;
import java.util.List;

/**
 * One balance item as the answer lists it.
 *
 * @param item the item
 * @param amount its amount in the base currency, or {@code null} when not available
 * @param usedIn the ratios that use it ({@code current ratio}, {@code quick ratio}),
 * empty for a memo item
 */
public record BalanceLine(BalanceItem item, BigDecimal amount, List<String> usedIn) {

	public BalanceLine {
		usedIn = List.copyOf(usedIn);
	}

}
