package io.sentia.forecasting.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A plan's arithmetic written out again, independently of the planner, from the forecast
 * points a run stored.
 */
final class PlanArithmetic {

	/** Standard normal quantiles: 95% one-sided (service level) and 95% two-sided. */
	static final double Z_SERVICE_95 = 1.6448536269514722;

	static final double Z_INTERVAL_95 = 1.959963984540054;

	private final JdbcTemplate jdbc;

	PlanArithmetic(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The plan's arithmetic written out again, from the points the run stored. */
	Expected recompute(String tenant, String runId, String sku, int leadTime, long onHand, long onOrder, int moq,
			int casePack) {
		List<Map<String, Object>> rows = this.jdbc.queryForList("""
				SELECT point, hi95 FROM forecast_point
				WHERE tenant_id = ? AND run_id = ?::uuid AND level = 'sku' AND sku = ? ORDER BY period_start
				""", tenant, runId, sku);
		assertThat(rows).as("stored SKU-level weeks of %s", sku).hasSize(13);
		List<Double> weekly = new ArrayList<>();
		rows.forEach((row) -> weekly.add(Math.max(0, (Double) row.get("point"))));
		double sigma = ((Double) rows.get(0).get("hi95") - (Double) rows.get(0).get("point")) / Z_INTERVAL_95;
		double safetyStock = Z_SERVICE_95 * sigma * Math.sqrt(leadTime / 7.0);
		double demandOverLeadTime = demandUntilDay(weekly, leadTime);
		double demandOverReview = demandUntilDay(weekly, leadTime + 7) - demandOverLeadTime;
		double reorderPoint = demandOverLeadTime + safetyStock;
		double raw = reorderPoint + demandOverReview - onHand - onOrder;
		long quantity = 0;
		if (raw > 0) {
			long units = Math.max((long) Math.ceil(raw), moq);
			quantity = ((units + casePack - 1) / casePack) * casePack;
		}
		return new Expected(weekly, sigma, safetyStock, demandOverLeadTime, demandOverReview, reorderPoint, raw,
				quantity);
	}

	/** Each week's demand spread evenly over its seven days. */
	private static double demandUntilDay(List<Double> weekly, int day) {
		double total = 0;
		for (int d = 0; d < day; d++) {
			total += weekly.get(Math.min(d / 7, weekly.size() - 1)) / 7.0;
		}
		return total;
	}

	static void assertMatches(JsonNode plan, Expected expected) {
		List<Double> weekly = new ArrayList<>();
		plan.get("weeklyDemand").forEach((week) -> weekly.add(week.asDouble()));
		assertThat(weekly).containsExactlyElementsOf(expected.weekly());
		assertThat(plan.get("weeklyErrorSigma").asDouble()).isCloseTo(expected.sigma(), within(1e-9));
		assertThat(plan.get("safetyStock").asDouble()).isCloseTo(expected.safetyStock(), within(1e-6));
		assertThat(plan.get("demandOverLeadTime").asDouble()).isCloseTo(expected.demandOverLeadTime(), within(1e-6));
		assertThat(plan.get("demandOverReviewPeriod").asDouble()).isCloseTo(expected.demandOverReview(), within(1e-6));
		assertThat(plan.get("reorderPoint").asDouble()).isCloseTo(expected.reorderPoint(), within(1e-6));
		assertThat(plan.get("rawQuantity").asDouble()).isCloseTo(expected.raw(), within(1e-6));
		assertThat(plan.get("quantity").asLong()).isEqualTo(expected.quantity());
	}

	record Expected(List<Double> weekly, double sigma, double safetyStock, double demandOverLeadTime,
			double demandOverReview, double reorderPoint, double raw, long quantity) {
	}

}
