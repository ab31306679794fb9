package io.sentia.analytics.cash.scenario;

import java.math.BigDecimal;

import io.sentia.analytics.cash.CashWeek;

/**
 * A week's balances and totals, for one side of a comparison or the difference between
 * them.
 *
 * @param opening cash at the start of the week
 * @param inflows the week's inflow lines
 * @param outflows the week's outflow lines, negative
 * @param closing cash at the end of the week
 * @param lowestPoint the week's lowest end-of-day balance
 */
public record WeekFigures(BigDecimal opening, BigDecimal inflows, BigDecimal outflows, BigDecimal closing,
		BigDecimal lowestPoint) {

	static WeekFigures of(CashWeek week) {
		return new WeekFigures(week.opening(), week.inflows(), week.outflows(), week.closing(), week.lowestPoint());
	}

	/**
	 * This side less another, figure by figure.
	 * @param other the base case
	 * @return the differences
	 */
	WeekFigures minus(WeekFigures other) {
		return new WeekFigures(this.opening.subtract(other.opening), this.inflows.subtract(other.inflows),
				this.outflows.subtract(other.outflows), this.closing.subtract(other.closing),
				this.lowestPoint.subtract(other.lowestPoint));
	}

}
