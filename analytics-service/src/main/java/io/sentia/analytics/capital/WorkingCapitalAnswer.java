package io.sentia.analytics.capital;

import java.time.LocalDate;
import java.util.List;

import io.sentia.analytics.workingcapital.DateRange;
import io.sentia.analytics.workingcapital.Figure;
import io.sentia.analytics.workingcapital.liquidity.LiquidityRatios;
import org.jspecify.annotations.Nullable;

/**
 * DSO, DPO, DIO and the cash conversion cycle over a window, and the current and quick
 * ratios at its last day, each with its formula and the inputs it was computed from.
 *
 * @param window the days, both ends included
 * @param days days in the window
 * @param baseCurrency ISO-4217 code of every amount
 * @param metrics DSO, DPO, DIO, CCC, current ratio and quick ratio, in that order
 * @param liquidity the balance items at the window's last day and the ratios that use
 * them
 * @param inventoryHistoryFrom the first day of the daily inventory history (DIO is
 * available for windows from then on), or {@code null} before any stock level arrived
 * @param skusWithoutCost SKUs left out of inventory at cost and cost of goods sold for
 * want of a unit cost
 * @param unitsSoldWithoutCost units sold in the window whose SKU has no unit cost
 * @param fx earlier rates used and amounts left out for want of a rate
 */
public record WorkingCapitalAnswer(DateRange window, long days, String baseCurrency, List<Metric> metrics,
		LiquidityRatios liquidity, @Nullable LocalDate inventoryHistoryFrom, List<String> skusWithoutCost,
		long unitsSoldWithoutCost, FxNotes fx) {

	public WorkingCapitalAnswer {
		metrics = List.copyOf(metrics);
		skusWithoutCost = List.copyOf(skusWithoutCost);
	}

	/**
	 * One metric.
	 *
	 * @param name e.g. {@code DSO}
	 * @param formula how it is computed
	 * @param inputs what it was computed from
	 * @param figure the value, or why there is none
	 */
	public record Metric(String name, String formula, List<Input> inputs, Figure figure) {

		public Metric {
			inputs = List.copyOf(inputs);
		}

	}

	/**
	 * One input of a metric.
	 *
	 * @param name e.g. {@code average receivables}
	 * @param figure its value, or why there is none
	 */
	public record Input(String name, Figure figure) {
	}

}
