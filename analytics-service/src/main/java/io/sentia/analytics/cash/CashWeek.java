package io.sentia.analytics.cash;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One week of the outlook. Every amount is in cents and
 * {@code closing = opening + inflows + outflows = opening + Σ lines.amount} exactly.
 *
 * @param number 1 to 13
 * @param start first day, {@code asOf + 7 × (number − 1)}
 * @param end last day, {@code start + 6}
 * @param opening cash at the start of {@code start}: the outlook's opening balance for
 * week 1, the previous week's closing after
 * @param lines every line of the outlook, in the same order in every week
 * @param inflows the sum of the inflow lines
 * @param outflows the sum of the outflow lines, negative (or zero)
 * @param closing cash at the end of {@code end}
 * @param lowestPoint the lowest end-of-day balance of the week's seven days
 * @param lowestPointDate the first day the balance is at {@code lowestPoint}
 * @param belowThreshold whether {@code lowestPoint} is below the minimum cash threshold
 */
public record CashWeek(int number, LocalDate start, LocalDate end, BigDecimal opening, List<CashLine> lines,
		BigDecimal inflows, BigDecimal outflows, BigDecimal closing, BigDecimal lowestPoint, LocalDate lowestPointDate,
		boolean belowThreshold) {

	public CashWeek {
		lines = List.copyOf(lines);
	}

}
