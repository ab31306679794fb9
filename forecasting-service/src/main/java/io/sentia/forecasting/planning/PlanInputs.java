package io.sentia.forecasting.planning;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What a plan for one SKU at one location is computed from.
 *
 * @param weeklyDemand SKU-level weekly point forecast, first element is the coming week;
 * weeks beyond the horizon repeat the last week
 * @param weeklyErrorSigma standard deviation of one week's forecast error
 * @param leadTimeDays supplier lead time in days (0 means stock arrives at once)
 * @param reviewPeriodDays how long an order has to last until the next review
 * @param serviceLevel target probability of not running out during the lead time, in (0,
 * 1)
 * @param onHand units on hand now
 * @param onOrder units on open purchase orders
 * @param moq minimum order quantity (0 when the supplier has none)
 * @param casePack units per case, orders are whole cases (at least 1)
 * @param unitCost cost of one unit in tenant currency
 */
public record PlanInputs(List<Double> weeklyDemand, double weeklyErrorSigma, int leadTimeDays, int reviewPeriodDays,
		double serviceLevel, long onHand, long onOrder, int moq, int casePack, BigDecimal unitCost) {

	public PlanInputs {
		weeklyDemand = List.copyOf(Objects.requireNonNull(weeklyDemand, "weeklyDemand"));
		Objects.requireNonNull(unitCost, "unitCost");
		if (weeklyDemand.stream().anyMatch((d) -> !Double.isFinite(d) || d < 0)) {
			throw new IllegalArgumentException("weekly demand must be finite and not negative: " + weeklyDemand);
		}
		if (!Double.isFinite(weeklyErrorSigma) || weeklyErrorSigma < 0) {
			throw new IllegalArgumentException(
					"weekly error sigma must be finite and not negative: " + weeklyErrorSigma);
		}
		if (leadTimeDays < 0 || reviewPeriodDays < 0) {
			throw new IllegalArgumentException(
					"lead time and review period must not be negative: " + leadTimeDays + ", " + reviewPeriodDays);
		}
		if (!(serviceLevel > 0 && serviceLevel < 1)) {
			throw new IllegalArgumentException("service level must lie strictly between 0 and 1: " + serviceLevel);
		}
		if (moq < 0 || casePack < 1) {
			throw new IllegalArgumentException("moq must be >= 0 and case pack >= 1: " + moq + ", " + casePack);
		}
		if (unitCost.signum() < 0) {
			throw new IllegalArgumentException("unit cost must not be negative: " + unitCost);
		}
	}

}
