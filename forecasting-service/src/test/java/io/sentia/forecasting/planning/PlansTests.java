package io.sentia.forecasting.planning;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.sentia.forecasting.ForecastingServiceTests;
import io.sentia.servicekit.security.Role;
import io.sentia.testkit.security.TestTokens;
import org.junit.jupiter.api.BeforeEach;
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

	@Autowired
	private JdbcTemplate jdbc;

	private PlanArithmetic arithmetic;

	@BeforeEach
	void arithmetic() {
		this.arithmetic = new PlanArithmetic(this.jdbc);
	}

	@Test
	void plansMatchTheArithmeticRedoneFromTheStoredForecastAndInputs() throws Exception {
		String tenant = newTenant();
		PlanningSeeds seeds = new PlanningSeeds(this.jdbc, tenant);
		seeds.orders("PLAN-WHISKY", "shopify", "UK", 20);
		seeds.orders("PLAN-GIN", "shopify", "UK", 9);
		seeds.product("PLAN-WHISKY", 10, 50, 6, new BigDecimal("21.50"), "GBP");
		seeds.level("PLAN-WHISKY", "warehouse", "WAREHOUSE", "2026-11-01T00:00:00Z", 500, 0);
		seeds.level("PLAN-WHISKY", "warehouse", "WAREHOUSE", "2026-11-20T00:00:00Z", 5, 0);
		seeds.level("PLAN-WHISKY", "shop", "STORE", "2026-11-19T00:00:00Z", 3, 0);
		seeds.purchase("po-1", "placed", "warehouse", "PLAN-WHISKY", 24);
		seeds.purchase("po-2", "partially_received", "warehouse", "PLAN-WHISKY", 6);
		seeds.purchase("po-3", "received", "warehouse", "PLAN-WHISKY", 100);
		seeds.purchase("po-4", "placed", "warehouse", "PLAN-GIN", 0);

		String operator = TestTokens.user(tenant, Role.OPERATOR);
		String runId = json(post("/api/forecasting/v1/runs", operator, null)).get("id").asString();
		awaitRunSucceeded(tenant, runId);

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
		PlanArithmetic.Expected expectedWhisky = this.arithmetic.recompute(tenant, runId, "PLAN-WHISKY", 10, 8, 30, 50,
				6);
		PlanArithmetic.assertMatches(whisky, expectedWhisky);
		assertThat(expectedWhisky.quantity()).as("the MOQ and case pack shape the order").isEqualTo(54);
		assertThat(whisky.get("locationId").asString()).as("delivered to the pooled location with most stock")
			.isEqualTo("warehouse");
		assertThat(whisky.get("pooledLocations").valueStream().map(JsonNode::asString)).containsExactly("shop",
				"warehouse");
		assertThat(whisky.get("demandSource").asString()).isEqualTo("sku total");
		assertThat(whisky.get("orderValue").decimalValue()).isEqualByComparingTo("1161.00");
		assertThat(whisky.get("currency").asString()).isEqualTo("GBP");
		assertThat(whisky.get("supplier").get("name").asString()).isEqualTo("Leith Distillers");

		JsonNode gin = plans.get("PLAN-GIN");
		assertThat(gin.get("locationId").asString()).as("no stock known anywhere").isEqualTo("unassigned");
		assertThat(gin.get("orderValue").isNull()).as("no unit cost, no value").isTrue();
		assertThat(gin.get("leadTimeSource").asString()).isEqualTo("default");
		assertThat(gin.get("leadTimeDays").asInt()).isEqualTo(14);
		assertThat(gin.get("onHand").asLong()).isZero();
		assertThat(gin.get("onOrder").asLong()).isZero();
		PlanArithmetic.Expected expectedGin = this.arithmetic.recompute(tenant, runId, "PLAN-GIN", 14, 0, 0, 0, 1);
		PlanArithmetic.assertMatches(gin, expectedGin);
		assertThat(expectedGin.quantity()).isPositive();

		JsonNode onlyGin = json(get(PLANS + "?sku=PLAN-GIN", TestTokens.partner(tenant, "forecasts.read")));
		assertThat(onlyGin.get("plans")).hasSize(1);
		assertThat(onlyGin.get("plans").get(0).get("quantity").asLong()).isEqualTo(expectedGin.quantity());
	}

	@Test
	void eachSkuIsPlannedForTheServiceLevelOfItsClass() throws Exception {
		String tenant = newTenant();
		PlanningSeeds seeds = new PlanningSeeds(this.jdbc, tenant);
		seeds.orders("CLASS-TOP", "shopify", "UK", 40);
		seeds.orders("CLASS-TAIL", "shopify", "UK", 2);
		seeds.product("CLASS-TOP", 14, 1, 1, new BigDecimal("20.00"), "GBP");
		seeds.product("CLASS-TAIL", 14, 1, 1, new BigDecimal("20.00"), "GBP");
		String manager = TestTokens.user(tenant, Role.MANAGER);
		String levels = "/api/forecasting/v1/planning/service-levels";
		assertThat(put(levels, TestTokens.user(tenant, Role.OPERATOR), "{\"A\":0.99}").statusCode()).isEqualTo(403);
		HttpResponse<String> wrong = put(levels, manager, "{\"A\":99}");
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(json(wrong).get("errors").get(0).get("field").asString()).isEqualTo("A");
		HttpResponse<String> set = put(levels, manager, "{\"A\":0.99,\"C\":0.9}");
		assertThat(set.statusCode()).isEqualTo(200);
		assertThat(json(set).get("classes").get("B").asDouble()).as("default").isEqualTo(0.95);

		String runId = json(post("/api/forecasting/v1/runs", TestTokens.user(tenant, Role.OPERATOR), null)).get("id")
			.asString();
		awaitRunSucceeded(tenant, runId);
		Map<String, JsonNode> plans = new LinkedHashMap<>();
		json(get(PLANS, TestTokens.user(tenant, Role.VIEWER))).get("plans")
			.forEach((plan) -> plans.put(plan.get("sku").asString(), plan));

		JsonNode top = plans.get("CLASS-TOP");
		assertThat(top.get("skuClass").asString()).isEqualTo("A");
		assertThat(top.get("skuClassBasis").asString()).isEqualTo("forecast value");
		assertThat(top.get("serviceLevel").asDouble()).isEqualTo(0.99);
		assertThat(top.get("z").asDouble()).isCloseTo(2.3263478740408408, within(1e-9));
		JsonNode tail = plans.get("CLASS-TAIL");
		assertThat(tail.get("skuClass").asString()).as("2 of 42 units a week: under 5%% of value").isEqualTo("C");
		assertThat(tail.get("serviceLevel").asDouble()).isEqualTo(0.9);
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

}
