package io.sentia.analytics.cash.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.sentia.analytics.cash.CashOutlook;
import io.sentia.analytics.cash.CashWeek;

/**
 * The base case and a scenario side by side, week by week, with the 13 weeks' totals.
 *
 * @param weeks the 13 weeks
 * @param base the base case's 13-week totals
 * @param scenario the scenario's 13-week totals
 * @param delta scenario less base
 */
public record OutlookComparison(List<WeekComparison> weeks, Totals base, Totals scenario, Totals delta) {

	public OutlookComparison {
		weeks = List.copyOf(weeks);
	}

	/**
	 * Compares two outlooks of the same as-of date.
	 * @param base the base case
	 * @param scenario the scenario
	 * @return the comparison
	 */
	public static OutlookComparison of(CashOutlook base, CashOutlook scenario) {
		if (!base.asOf().equals(scenario.asOf())) {
			throw new IllegalArgumentException("Outlooks of different as-of dates cannot be compared");
		}
		List<WeekComparison> weeks = new ArrayList<>();
		for (int i = 0; i < base.weeks().size(); i++) {
			CashWeek left = base.weeks().get(i);
			CashWeek right = scenario.weeks().get(i);
			WeekFigures baseFigures = WeekFigures.of(left);
			WeekFigures scenarioFigures = WeekFigures.of(right);
			weeks.add(new WeekComparison(left.number(), left.start(), left.end(), baseFigures, scenarioFigures,
					scenarioFigures.minus(baseFigures), left.belowThreshold(), right.belowThreshold()));
		}
		Totals baseTotals = Totals.of(base);
		Totals scenarioTotals = Totals.of(scenario);
		return new OutlookComparison(weeks, baseTotals, scenarioTotals, scenarioTotals.minus(baseTotals));
	}

	/**
	 * One outlook's figures over its 13 weeks.
	 *
	 * @param inflows all inflow lines
	 * @param outflows all outflow lines, negative
	 * @param closing cash at the end of week 13
	 * @param lowestPoint the lowest end-of-day balance of the 13 weeks
	 * @param weeksBelowThreshold how many weeks go below the minimum cash
	 */
	public record Totals(BigDecimal inflows, BigDecimal outflows, BigDecimal closing, BigDecimal lowestPoint,
			int weeksBelowThreshold) {

		static Totals of(CashOutlook outlook) {
			BigDecimal inflows = BigDecimal.ZERO.setScale(2);
			BigDecimal outflows = BigDecimal.ZERO.setScale(2);
			int below = 0;
			for (CashWeek week : outlook.weeks()) {
				inflows = inflows.add(week.inflows());
				outflows = outflows.add(week.outflows());
				below += week.belowThreshold() ? 1 : 0;
			}
			return new Totals(inflows, outflows, outlook.closingBalance(), outlook.lowestWeek().lowestPoint(), below);
		}

		Totals minus(Totals other) {
			return new Totals(this.inflows.subtract(other.inflows), this.outflows.subtract(other.outflows),
					this.closing.subtract(other.closing), this.lowestPoint.subtract(other.lowestPoint),
					this.weeksBelowThreshold - other.weeksBelowThreshold);
		}

	}

}
