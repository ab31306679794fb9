package io.sentia.forecasting.planning;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A SKU's reorder plan with every number it is computed from, so a planner can redo the
 * arithmetic: reorder point = demand over lead time + safety stock; raw quantity =
 * reorder point + demand over review period - on hand - on order; quantity = 0 or raw
 * rounded up to at least the MOQ, in whole cases.
 *
 * @param weeklyDemand the SKU-level weekly point forecast used, coming week first
 * @param leadTimeSource {@code product} when the product states its lead time, else
 * {@code default}
 * @param weeklyErrorSigma one week's forecast error, from the first week's 95% interval
 * @param leadTimeSigma the error over the lead time: weekly sigma × √(lead time / 7)
 * @param z standard normal quantile of the service level
 * @param safetyStock z × lead-time sigma
 * @param daysOfCover days until on-hand stock is used up, null when beyond any horizon
 */
public record SkuPlan(String sku, List<Double> weeklyDemand, int leadTimeDays, String leadTimeSource,
		int reviewPeriodDays, double serviceLevel, double z, double weeklyErrorSigma, double leadTimeSigma,
		double demandOverLeadTime, double demandOverReviewPeriod, double safetyStock, double reorderPoint, long onHand,
		long onOrder, @Nullable Double daysOfCover, boolean stockOutWithinLeadTime, double rawQuantity, int moq,
		int casePack, long quantity) {

	static SkuPlan of(String sku, List<Double> weeklyDemand, double weeklyErrorSigma, String leadTimeSource,
			ReorderPlan plan) {
		return new SkuPlan(sku, weeklyDemand, plan.leadTimeDays(), leadTimeSource, plan.reviewPeriodDays(),
				plan.serviceLevel(), plan.z(), weeklyErrorSigma, plan.sigma(), plan.demandOverLeadTime(),
				plan.demandOverReviewPeriod(), plan.safetyStock(), plan.reorderPoint(), plan.onHand(), plan.onOrder(),
				plan.daysOfCover(), plan.stockOutWithinLeadTime(), plan.rawQuantity(), plan.moq(), plan.casePack(),
				plan.quantity());
	}

}
