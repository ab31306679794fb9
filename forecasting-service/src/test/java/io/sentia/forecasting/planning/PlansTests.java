package io.sentia.forecasting.planning;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.sentia.forecasting.ForecastingServiceTests;
import io.sentia.servicekit.security.Role;
import io.sentia.testkit.security.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Plans through the API after a real run: the reorder point and order quantity of each
 * SKU are re-computed here by hand from the stored forecast points, the seeded product
 * terms, stock levels and purchase orders, and must match what the API answers.
 */
class PlansTests extends ForecastingServiceTests {

	private static final String PLANS = "/api/forecasting/v1/plans";

	/** Standard normal quantiles: 95% one-sided (service level) and 95% two-sided. */
	private static final double Z_SERVICE_95 = 1.6448536269514722;

	private static final double Z_INTERVAL_95 = 1.959963984540054;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void plansMatchTheArithmeticRedoneFromTheStoredForecastAndInputs() throws Exception {
		String tenant = newTenant();
		seedOrders(tenant, "PLAN-WHISKY", 20);
		seedOrders(tenant, "PLAN-GIN", 9);
		this.jdbc.update("""
				INSERT INTO product (tenant_id, sku, name, lead_time_days, moq, case_pack, active, updated_at)
				VALUES (?, 'PLAN-WHISKY', 'Whisky 12', 10, 50, 6, true, now())
				""", tenant);
		seedLevel(tenant, "PLAN-WHISKY", "warehouse", "2026-11-01T00:00:00Z", 500);
		seedLevel(tenant, "PLAN-WHISKY", "warehouse", "2026-11-20T00:00:00Z", 5);
		seedLevel(tenant, "PLAN-WHISKY", "shop", "2026-11-19T00:00:00Z", 3);
		seedPurchase(tenant, "po-1", "placed", "PLAN-WHISKY", 24);
		seedPurchase(tenant, "po-2", "partially_received", "PLAN-WHISKY", 6);
		seedPurchase(tenant, "po-3", "received", "PLAN-WHISKY", 100);
		seedPurchase(tenant, "po-4", "placed", "PLAN-GIN", 0);

		String operator = TestTokens.user(tenant, Role.OPERATOR);
		String runId = json(post("/api/forecasting/v1/runs", operator, null)).get("id").asString();
		awaitSucceeded(tenant, runId);

		HttpResponse<String> response = get(PLANS, TestTokens.user(tenant, Role.VIEWER));
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = json(response);
		assertThat(body.get("run").asString()).isEqualTo(runId);
		Map<String, JsonNode> plans = new LinkedHashMap<>();
		body.get("plans").forEach((plan) -> plans.put(plan.get("sku").asString(), plan));
		assertThat(plans).containsOnlyKeys("PLAN-WHISKY", "PLAN-GIN");

		JsonNode whisky = plans.get("PLAN-WHISKY");
		assertThat(whisky.get("leadTimeSource").asString()).isEqualTo("product");
		assertThat(whisky.get("onHand").asLong()).as("newest level per location: 5 + 3").isEqualTo(8);
		assertThat(whisky.get("onOrder").asLong()).as("open lines of open orders: 24 + 6").isEqualTo(30);
		Expected expectedWhisky = recompute(tenant, runId, "PLAN-WHISKY", 10, 8, 30, 50, 6);
		assertMatches(whisky, expectedWhisky);
		assertThat(expectedWhisky.quantity()).as("the MOQ and case pack shape the order").isEqualTo(54);

		JsonNode gin = plans.get("PLAN-GIN");
		assertThat(gin.get("leadTimeSource").asString()).isEqualTo("default");
		assertThat(gin.get("leadTimeDays").asInt()).isEqualTo(14);
		assertThat(gin.get("onHand").asLong()).isZero();
		assertThat(gin.get("onOrder").asLong()).isZero();
		Expected expectedGin = recompute(tenant, runId, "PLAN-GIN", 14, 0, 0, 0, 1);
		assertMatches(gin, expectedGin);
		assertThat(expectedGin.quantity()).isPositive();

		JsonNode onlyGin = json(get(PLANS + "?sku=PLAN-GIN", TestTokens.partner(tenant, "forecasts.read")));
		assertThat(onlyGin.get("plans")).hasSize(1);
		assertThat(onlyGin.get("plans").get(0).get("quantity").asLong()).isEqualTo(expectedGin.quantity());
	}

	@Test
	void aTenantWithoutRunsGetsNoPlansAndNoRun() throws Exception {
		HttpResponse<String> response = get(PLANS, TestTokens.user(newTenant(), Role.VIEWER));

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = json(response);
		assertThat(body.get("run").isNull()).isTrue();
		assertThat(body.get("plans")).isEmpty();
	}

	@Test
	void aBlankSkuIsABadRequest() throws Exception {
		HttpResponse<String> response = get(PLANS + "?sku=%20", TestTokens.user(newTenant(), Role.VIEWER));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(json(response).get("errors").get(0).get("field").asString()).isEqualTo("sku");
	}

	/** The plan's arithmetic written out again, from the points the run stored. */
	private Expected recompute(String tenant, String runId, String sku, int leadTime, long onHand, long onOrder,
			int moq, int casePack) {
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

	private static void assertMatches(JsonNode plan, Expected expected) {
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

	/** One order a week for a year, around {@code level} units, on the Wednesday. */
	private void seedOrders(String tenant, String sku, int level) {
		LocalDate lastWeek = LocalDate.now(ZoneOffset.UTC)
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
			.minusWeeks(1);
		int weeks = 60;
		for (int w = 0; w < weeks; w++) {
			LocalDate day = lastWeek.minusWeeks(weeks - 1 - w).plusDays(2);
			String key = "shopify:uk:" + sku + "-" + w;
			this.jdbc.update(
					"""
							INSERT INTO sales_order (tenant_id, order_key, channel, region, status, ordered_at, demand_date, updated_at)
							VALUES (?, ?, 'shopify', 'UK', 'fulfilled', ?, ?, now())
							""",
					tenant, key, day.atTime(10, 0).atOffset(ZoneOffset.UTC), day);
			this.jdbc.update("""
					INSERT INTO sales_order_line (tenant_id, order_key, line_no, line_id, sku, quantity)
					VALUES (?, ?, 0, '1', ?, ?)
					""", tenant, key, sku, level + (w * 7) % 5 - 2);
		}
	}

	private void seedLevel(String tenant, String sku, String location, String asOf, int onHand) {
		this.jdbc.update(
				"""
						INSERT INTO inventory_level (tenant_id, sku, location_id, location_type, as_of, on_hand, available, inbound)
						VALUES (?, ?, ?, 'warehouse', ?, ?, ?, 0)
						""",
				tenant, sku, location, Instant.parse(asOf).atOffset(ZoneOffset.UTC), onHand, onHand);
	}

	private void seedPurchase(String tenant, String order, String status, String sku, int openQuantity) {
		this.jdbc.update("""
				INSERT INTO purchase_order (tenant_id, entity_id, status, location_id, expected_date, updated_at)
				VALUES (?, ?, ?, 'warehouse', DATE '2026-12-01', now())
				""", tenant, order, status);
		this.jdbc.update("""
				INSERT INTO purchase_order_line (tenant_id, entity_id, line_id, sku, open_quantity, expected_date)
				VALUES (?, ?, '1', ?, ?, NULL)
				""", tenant, order, sku, openQuantity);
	}

	private void awaitSucceeded(String tenant, String id) throws Exception {
		String token = TestTokens.user(tenant, Role.VIEWER);
		Instant deadline = Instant.now().plus(PATIENCE.multipliedBy(3));
		while (true) {
			String status = json(get("/api/forecasting/v1/runs/" + id, token)).get("status").asString();
			if (status.equals("succeeded") || status.equals("failed")) {
				assertThat(status).isEqualTo("succeeded");
				return;
			}
			assertThat(Instant.now()).as("run %s finished", id).isBefore(deadline);
			Thread.sleep(200);
		}
	}

	private record Expected(List<Double> weekly, double sigma, double safetyStock, double demandOverLeadTime,
			double demandOverReview, double reorderPoint, double raw, long quantity) {
	}

}
