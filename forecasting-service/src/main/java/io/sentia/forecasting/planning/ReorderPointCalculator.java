package io.sentia.forecasting.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * Reorder point, safety stock and suggested order quantity for one SKU at one location.
 * Pure arithmetic, no Spring, so every case can be checked by hand.
 */
public final class ReorderPointCalculator {

	/** Beyond ten years of cover the forecast says nothing useful about a stock-out. */
	static final int MAX_COVER_DAYS = 3650;

	private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

	private static final double DAYS_PER_WEEK = 7.0;

	public ReorderPlan plan(PlanInputs in) {
		double demandOverLeadTime = demandOver(in.weeklyDemand(), in.leadTimeDays());
		double demandOverReview = demandOverWindow(in.weeklyDemand(), in.leadTimeDays(), in.reviewPeriodDays());
		double z = STANDARD_NORMAL.inverseCumulativeProbability(in.serviceLevel());
		// Weekly errors are taken as independent, so their spread grows with the root of
		// the number of weeks.
		double sigma = in.weeklyErrorSigma() * Math.sqrt(in.leadTimeDays() / DAYS_PER_WEEK);
		double safetyStock = Math.max(0, z * sigma);
		double reorderPoint = demandOverLeadTime + safetyStock;
		double raw = reorderPoint + demandOverReview - in.onHand() - in.onOrder();
		long quantity = roundToOrder(raw, in.moq(), in.casePack());
		BigDecimal value = in.unitCost().multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.HALF_UP);
		return new ReorderPlan(in.leadTimeDays(), in.reviewPeriodDays(), demandOverLeadTime, demandOverReview,
				safetyStock, in.serviceLevel(), z, sigma, in.onHand(), in.onOrder(), reorderPoint,
				daysOfCover(in.weeklyDemand(), in.onHand()), raw, in.moq(), in.casePack(), quantity, in.unitCost(),
				value);
	}

	/**
	 * Nothing when the raw need is not positive; else at least the MOQ, in whole cases.
	 */
	static long roundToOrder(double raw, int moq, int casePack) {
		if (!(raw > 0)) {
			return 0;
		}
		long units = Math.max((long) Math.ceil(raw), moq);
		return Math.ceilDiv(units, casePack) * (long) casePack;
	}

	/** Forecast demand over the first {@code days} days. */
	static double demandOver(List<Double> weekly, int days) {
		return demandOverWindow(weekly, 0, days);
	}

	/** Forecast demand over {@code days} days starting {@code fromDay} days from now. */
	static double demandOverWindow(List<Double> weekly, int fromDay, int days) {
		return cumulative(weekly, fromDay + days) - cumulative(weekly, fromDay);
	}

	/**
	 * Demand from now to day {@code days}, each week's demand spread evenly over its
	 * days.
	 */
	private static double cumulative(List<Double> weekly, int days) {
		if (weekly.isEmpty() || days == 0) {
			return 0;
		}
		double total = 0;
		int fullWeeks = days / 7;
		for (int w = 0; w < fullWeeks; w++) {
			total += week(weekly, w);
		}
		return total + week(weekly, fullWeeks) * (days % 7) / DAYS_PER_WEEK;
	}

	private static double week(List<Double> weekly, int index) {
		return weekly.get(Math.min(index, weekly.size() - 1));
	}

	/** Days until on-hand stock is used up, or null when that lies beyond any horizon. */
	static Double daysOfCover(List<Double> weekly, long onHand) {
		if (weekly.isEmpty()) {
			return null;
		}
		double remaining = onHand;
		for (int w = 0; w * 7 < MAX_COVER_DAYS; w++) {
			double demand = week(weekly, w);
			if (demand >= remaining && demand > 0) {
				return w * DAYS_PER_WEEK + remaining / (demand / DAYS_PER_WEEK);
			}
			remaining -= demand;
		}
		return null;
	}

}
