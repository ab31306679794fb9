package io.sentia.devstack;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Re-does a plan's arithmetic from its own inputs (weekly demand, error, lead time,
 * stock, terms), independently of the planner's code, and checks every number it states.
 */
final class PlanArithmetic {

	private PlanArithmetic() {
	}

	static void assertConsistent(JsonNode plan) {
		String name = plan.path("sku").asString() + "@" + plan.path("locationId").asString();
		List<Double> weekly = new ArrayList<>();
		plan.path("weeklyDemand").forEach((week) -> weekly.add(week.asDouble()));
		assertThat(weekly).as("%s weekly demand", name)
			.isNotEmpty()
			.allSatisfy((week) -> assertThat(week).isNotNegative());
		int leadTime = plan.path("leadTimeDays").asInt();
		int review = plan.path("reviewPeriodDays").asInt();
		double leadTimeSigma = plan.path("weeklyErrorSigma").asDouble() * Math.sqrt(leadTime / 7.0);
		double safetyStock = Math.max(0, plan.path("z").asDouble() * leadTimeSigma);
		double overLeadTime = demandUntilDay(weekly, leadTime);
		double overReview = demandUntilDay(weekly, leadTime + review) - overLeadTime;
		double reorderPoint = overLeadTime + safetyStock;
		double raw = reorderPoint + overReview - plan.path("onHand").asLong() - plan.path("onOrder").asLong();
		long quantity = 0;
		if (raw > 0) {
			long units = Math.max((long) Math.ceil(raw), plan.path("moq").asInt());
			int casePack = plan.path("casePack").asInt();
			quantity = ((units + casePack - 1) / casePack) * casePack;
		}
		assertThat(plan.path("leadTimeSigma").asDouble()).as("%s lead-time sigma", name)
			.isCloseTo(leadTimeSigma, within(1e-6));
		assertThat(plan.path("safetyStock").asDouble()).as("%s safety stock", name)
			.isCloseTo(safetyStock, within(1e-6));
		assertThat(plan.path("demandOverLeadTime").asDouble()).as("%s demand over lead time", name)
			.isCloseTo(overLeadTime, within(1e-6));
		assertThat(plan.path("demandOverReviewPeriod").asDouble()).as("%s demand over review", name)
			.isCloseTo(overReview, within(1e-6));
		assertThat(plan.path("reorderPoint").asDouble()).as("%s reorder point", name)
			.isCloseTo(reorderPoint, within(1e-6));
		assertThat(plan.path("rawQuantity").asDouble()).as("%s raw need", name).isCloseTo(raw, within(1e-6));
		assertThat(plan.path("quantity").asLong()).as("%s order quantity", name).isEqualTo(quantity);
	}

	/** Each week's demand spread evenly over its seven days. */
	private static double demandUntilDay(List<Double> weekly, int day) {
		double total = 0;
		for (int d = 0; d < day; d++) {
			total += weekly.get(Math.min(d / 7, weekly.size() - 1)) / 7.0;
		}
		return total;
	}

}
