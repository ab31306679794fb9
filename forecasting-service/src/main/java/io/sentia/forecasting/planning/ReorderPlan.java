package io.sentia.forecasting.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A computed plan with all of its arithmetic, so a planner can check every number.
 *
 * @param daysOfCover days until on-hand stock is used up at the forecast rate; null when
 * the forecast never uses it up
 * @param rawQuantity reorder point + demand over the review period - on hand - on order,
 * before rounding (may be negative)
 * @param quantity units to order: 0, or the raw quantity rounded up to at least the MOQ
 * and then to whole cases
 */
public record ReorderPlan(int leadTimeDays, int reviewPeriodDays, double demandOverLeadTime,
		double demandOverReviewPeriod, double safetyStock, double serviceLevel, double z, double sigma, long onHand,
		long onOrder, double reorderPoint, Double daysOfCover, double rawQuantity, int moq, int casePack, long quantity,
		BigDecimal unitCost, BigDecimal value) {

	/** The day on-hand stock runs out, when the forecast uses it up at all. */
	public Optional<LocalDate> stockOutDate(LocalDate today) {
		return Optional.ofNullable(this.daysOfCover).map((days) -> today.plusDays((long) Math.floor(days)));
	}

	/** Whether stock runs out before an order placed today could arrive. */
	public boolean stockOutWithinLeadTime() {
		return this.daysOfCover != null && this.daysOfCover < this.leadTimeDays;
	}

}
