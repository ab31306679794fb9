package io.sentia.forecasting.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.sentia.events.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A SKU's reorder plan at one location with every number it is computed from, so a
 * planner can redo the arithmetic: reorder point = demand over lead time + safety stock;
 * raw quantity = reorder point + demand over review period - on hand - on order; quantity
 * = 0 or raw rounded up to at least the MOQ, in whole cases; order value = quantity ×
 * unit cost.
 *
 * @param skuClass the SKU's ABC class (A: the SKUs making the first 80% of forecast
 * value, B: the next 15%, C: the rest), whose service level the plan uses
 * @param skuClassBasis {@code forecast value}, or {@code forecast units} when some SKU
 * has no unit cost
 * @param locationId where the stock is planned: an Amazon FBA location, a warehouse the
 * planner gave regions to, or the location holding most stock of a pool of the others
 * ({@code unassigned} when no location of the SKU is known)
 * @param locationType the location's type as its inventory source reports it
 * @param pooledLocations every location whose stock this plan counts
 * @param demandSource which forecast demand the location serves, e.g. {@code sku total}
 * or {@code amazon UK}
 * @param weeklyDemand the weekly point forecast used, coming week first
 * @param leadTimeSource {@code product} when the product states its lead time, else
 * {@code default}
 * @param weeklyErrorSigma one week's forecast error, from the first week's 95% interval
 * (the root of the summed squares when the location serves several series)
 * @param leadTimeSigma the error over the lead time: weekly sigma × √(lead time / 7)
 * @param z standard normal quantile of the service level
 * @param safetyStock z × lead-time sigma
 * @param daysOfCover days until on-hand stock is used up, null when beyond any horizon
 * @param projectedStockout the day on-hand stock runs out, null when beyond any horizon
 * @param unitCost the product's unit cost, null when the catalogue does not know it
 * @param currency the unit cost's currency
 * @param orderValue quantity × unit cost, rounded to cents; null when the cost is unknown
 * @param orderBy the last day to order and still avoid a stock-out (today when it is
 * already too late, or when stock never runs out in the horizon)
 * @param expectedArrival when an order placed today arrives
 */
public record SkuPlan(String sku, String skuClass, String skuClassBasis, String locationId, String locationType,
		List<String> pooledLocations, String demandSource, List<Double> weeklyDemand, int leadTimeDays,
		String leadTimeSource, int reviewPeriodDays, double serviceLevel, double z, double weeklyErrorSigma,
		double leadTimeSigma, double demandOverLeadTime, double demandOverReviewPeriod, double safetyStock,
		double reorderPoint, long onHand, long onOrder, @Nullable Double daysOfCover,
		@Nullable LocalDate projectedStockout, boolean stockOutWithinLeadTime, double rawQuantity, int moq,
		int casePack, long quantity, @Nullable BigDecimal unitCost, @Nullable String currency,
		@Nullable BigDecimal orderValue, LocalDate orderBy, LocalDate expectedArrival, @Nullable Supplier supplier) {

}
