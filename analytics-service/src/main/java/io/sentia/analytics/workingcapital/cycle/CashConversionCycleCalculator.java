package io.sentia.analytics.workingcapital.cycle;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.sentia.analytics.workingcapital.BaseCurrency;
import io.sentia.analytics.workingcapital.DateRange;
import io.sentia.analytics.workingcapital.Figure;

/**
 * Computes DSO, DPO, DIO and the cash conversion cycle from balance histories and the
 * window's flows (formulas in the package documentation).
 */
public final class CashConversionCycleCalculator {

	/** Scale of every days figure. */
	public static final int DAYS_SCALE = 2;

	/**
	 * Computes the metrics.
	 * @param inputs balances and flows
	 * @param base the currency of every amount
	 * @return the metrics, with a reason for each that cannot be computed
	 */
	public CycleMetrics compute(CycleInputs inputs, BaseCurrency base) {
		DateRange window = inputs.window();
		long days = window.days();
		DailySum receivables = DailySum.over(window, inputs.receivables(), "receivables");
		DailySum payables = DailySum.over(window, inputs.payables(), "payables");
		DailySum inventory = DailySum.over(window, inputs.inventoryAtCost(), "inventory at cost");
		Figure dso = daysOutstanding(receivables, inputs.creditSales(), "credit sales");
		Figure dpo = daysOutstanding(payables, inputs.costOfGoodsSold(), "cost of goods sold");
		Figure dio = daysOutstanding(inventory, inputs.costOfGoodsSold(), "cost of goods sold");
		return new CycleMetrics(window, days, base.code(), receivables.average(base, days),
				payables.average(base, days), inventory.average(base, days), inputs.creditSales(),
				inputs.costOfGoodsSold(), dso, dpo, dio, cashConversionCycle(dso, dio, dpo));
	}

	/**
	 * Average balance ÷ flow × days, computed as the sum of the daily balances ÷ flow, so
	 * no intermediate rounding.
	 */
	private static Figure daysOutstanding(DailySum balance, BigDecimal flow, String flowName) {
		if (balance.sum() == null) {
			return Figure.unavailable(balance.missingReason());
		}
		if (flow.signum() == 0) {
			return Figure.unavailable(flowName + " in the window are zero");
		}
		if (flow.signum() < 0) {
			return Figure.unavailable(flowName + " in the window are negative (" + flow.toPlainString() + ")");
		}
		return Figure
			.of(balance.sum().divide(flow, MathContext.DECIMAL128).setScale(DAYS_SCALE, BaseCurrency.ROUNDING));
	}

	private static Figure cashConversionCycle(Figure dso, Figure dio, Figure dpo) {
		List<String> missing = new ArrayList<>();
		if (!dso.isAvailable()) {
			missing.add("DSO (" + dso.unavailableReason() + ")");
		}
		if (!dio.isAvailable()) {
			missing.add("DIO (" + dio.unavailableReason() + ")");
		}
		if (!dpo.isAvailable()) {
			missing.add("DPO (" + dpo.unavailableReason() + ")");
		}
		if (!missing.isEmpty()) {
			return Figure.unavailable("needs " + String.join(", ", missing));
		}
		return Figure.of(dso.value().add(dio.value()).subtract(dpo.value()));
	}

	/**
	 * The sum of a balance history's end-of-day values over every day of a window, or why
	 * there is none.
	 */
	private record DailySum(BigDecimal sum, String missingReason) {

		static DailySum over(DateRange window, List<DatedBalance> history, String name) {
			List<DatedBalance> sorted = new ArrayList<>(history);
			sorted.sort(Comparator.comparing(DatedBalance::date));
			for (int i = 1; i < sorted.size(); i++) {
				if (sorted.get(i).date().equals(sorted.get(i - 1).date())) {
					throw new IllegalArgumentException(
							"Two " + name + " balances are dated " + sorted.get(i).date() + "; give one per day");
				}
			}
			if (sorted.isEmpty() || sorted.get(0).date().isAfter(window.from())) {
				return new DailySum(null, "no " + name + " balance on or before " + window.from());
			}
			BigDecimal sum = BigDecimal.ZERO;
			int next = 0;
			BigDecimal current = null;
			for (LocalDate day = window.from(); !day.isAfter(window.to()); day = day.plusDays(1)) {
				while (next < sorted.size() && !sorted.get(next).date().isAfter(day)) {
					current = sorted.get(next).amount();
					next++;
				}
				sum = sum.add(current);
			}
			return new DailySum(sum, null);
		}

		Figure average(BaseCurrency base, long days) {
			if (this.sum == null) {
				return Figure.unavailable(this.missingReason);
			}
			return Figure.of(base.round(this.sum.divide(BigDecimal.valueOf(days), MathContext.DECIMAL128)));
		}

	}

}
