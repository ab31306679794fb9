package io.sentia.forecasting.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
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

/**
 * Suggested purchase orders and stock alerts after real runs: their arithmetic re-done
 * here from the stored forecast, the approval rule, the events in the outbox and their
 * de-duplication across runs, and the demand each location is planned for.
 */
class SuggestionsTests extends ForecastingServiceTests {

	private static final String SUGGESTIONS = "/api/forecasting/v1/suggestions";

	@Autowired
	private JdbcTemplate jdbc;

	private PlanArithmetic arithmetic;

	private String tenant;

	private PlanningSeeds seeds;

	@BeforeEach
	void tenant() {
		this.arithmetic = new PlanArithmetic(this.jdbc);
		this.tenant = newTenant();
		this.seeds = new PlanningSeeds(this.jdbc, this.tenant);
		this.seeds.tenantCurrency("GBP");
	}

	@Test
	void aRunSuggestsOrdersWithTheirArithmeticAndAnUnchangedOrderIsNotRepeated() throws Exception {
		this.seeds.orders("SUG-WHISKY", "shopify", "UK", 20);
		this.seeds.product("SUG-WHISKY", 10, 50, 6, new BigDecimal("21.50"), "GBP");
		this.seeds.level("SUG-WHISKY", "unleashed:WH-LEITH", "WAREHOUSE", "2026-11-20T00:00:00Z", 5, 0);

		String run = run();
		List<JsonNode> open = suggestions("?status=open");
		assertThat(open).hasSize(1);
		JsonNode suggestion = open.getFirst();
		PlanArithmetic.Expected expected = this.arithmetic.recompute(this.tenant, run, "SUG-WHISKY", 10, 5, 0, 50, 6);
		assertThat(suggestion.get("run").asString()).isEqualTo(run);
		assertThat(suggestion.get("locationId").asString()).isEqualTo("unleashed:WH-LEITH");
		assertThat(suggestion.get("quantity").asLong()).isEqualTo(expected.quantity()).isPositive();
		BigDecimal value = new BigDecimal("21.50").multiply(BigDecimal.valueOf(expected.quantity()))
			.setScale(2, RoundingMode.HALF_UP);
		assertThat(suggestion.get("orderValue").decimalValue()).isEqualByComparingTo(value);
		assertThat(suggestion.get("requiresApproval").asBoolean()).isFalse();
		assertThat(suggestion.get("approvalReason").asString()).contains("within the approval threshold of 100000");
		JsonNode explanation = suggestion.get("explanation");
		PlanArithmetic.assertMatches(explanation, expected);
		assertThat(explanation.get("steps").valueStream().map(JsonNode::asString))
			.anySatisfy((step) -> assertThat(step).startsWith("Reorder point: "))
			.anySatisfy((step) -> assertThat(step).contains("= " + value.toPlainString() + " GBP"));

		assertThat(outbox("sentia.forecasting.reorder.recommended.v1")).singleElement().satisfies((event) -> {
			assertThat(event.get("recommendationId").asString()).isEqualTo(suggestion.get("id").asString());
			assertThat(event.get("quantity").asLong()).isEqualTo(expected.quantity());
			assertThat(event.get("available").asInt()).isEqualTo(5);
			assertThat(event.get("reorderPoint").asInt()).isEqualTo((int) Math.ceil(expected.reorderPoint()));
			assertThat(new BigDecimal(event.get("estimatedCost").get("amount").asString())).isEqualByComparingTo(value);
			assertThat(event.get("supplier").get("code").asString()).isEqualTo("LDS");
			assertThat(event.get("forecastId").asString()).isEqualTo(run);
		});
		assertThat(outbox("sentia.alerts.alert.raised.v1")).singleElement().satisfies((alert) -> {
			assertThat(alert.get("kind").asString()).isEqualTo("stockout_risk");
			assertThat(alert.get("severity").asString()).isEqualTo("critical");
			assertThat(alert.get("dedupKey").asString()).isEqualTo("stockout_risk:unleashed:WH-LEITH:SUG-WHISKY");
		});

		run();
		assertThat(suggestions("")).as("the same order is not suggested twice")
			.singleElement()
			.satisfies((same) -> assertThat(same.get("id").asString()).isEqualTo(suggestion.get("id").asString()));
		assertThat(outbox("sentia.forecasting.reorder.recommended.v1")).hasSize(1);
		assertThat(outbox("sentia.alerts.alert.raised.v1")).as("one alert per stock-out episode, not per run")
			.hasSize(1);

		HttpResponse<String> executed = post(SUGGESTIONS + "/" + suggestion.get("id").asString() + "/execute",
				TestTokens.user(this.tenant, Role.OPERATOR), "{\"reason\":\"PO-1234 sent to Leith Distillers\"}");
		assertThat(executed.statusCode()).as("below the threshold no approval is needed").isEqualTo(200);
		assertThat(json(executed).get("status").asString()).isEqualTo("executed");
		assertThat(json(executed).get("execution").get("note").asString())
			.isEqualTo("PO-1234 sent to Leith Distillers");

		this.seeds.purchase("po-big", "placed", "unleashed:WH-LEITH", "SUG-WHISKY", 400);
		run();
		assertThat(suggestions("?status=open")).as("the purchase order covers the need").isEmpty();
		assertThat(outbox("sentia.forecasting.reorder.recommended.v1")).hasSize(1);
	}

	@Test
	void anOrderAboveTheThresholdCannotBeExecutedUntilAManagerApprovesIt() throws Exception {
		this.seeds.orders("SUG-CASK", "shopify", "UK", 20);
		this.seeds.product("SUG-CASK", 10, 50, 6, new BigDecimal("5000.00"), "GBP");
		run();
		JsonNode suggestion = suggestions("?sku=SUG-CASK").getFirst();
		String id = suggestion.get("id").asString();
		assertThat(suggestion.get("requiresApproval").asBoolean()).isTrue();
		assertThat(suggestion.get("approvalReason").asString()).contains("exceeds the approval threshold of 100000");
		String operator = TestTokens.user(this.tenant, Role.OPERATOR);
		String manager = TestTokens.user(this.tenant, Role.MANAGER);

		HttpResponse<String> early = post(SUGGESTIONS + "/" + id + "/execute", operator, null);
		assertThat(early.statusCode()).isEqualTo(409);
		assertThat(early.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(json(early).get("detail").asString()).contains("needs a MANAGER's approval first");

		assertThat(post(SUGGESTIONS + "/" + id + "/approve", operator, "{\"reason\":\"ok\"}").statusCode())
			.as("an OPERATOR cannot approve")
			.isEqualTo(403);
		HttpResponse<String> noReason = post(SUGGESTIONS + "/" + id + "/approve", manager, "{}");
		assertThat(noReason.statusCode()).isEqualTo(400);
		assertThat(json(noReason).get("errors").get(0).get("field").asString()).isEqualTo("reason");
		assertThat(post(SUGGESTIONS + "/" + id + "/approve", TestTokens.user(newTenant(), Role.MANAGER),
				"{\"reason\":\"ok\"}")
			.statusCode()).as("another tenant's suggestion does not exist for them").isEqualTo(404);

		HttpResponse<String> approved = post(SUGGESTIONS + "/" + id + "/approve", manager,
				"{\"reason\":\"Christmas stock build agreed with finance\"}");
		assertThat(approved.statusCode()).isEqualTo(200);
		assertThat(json(approved).get("status").asString()).isEqualTo("approved");
		assertThat(json(approved).get("decision").get("reason").asString())
			.isEqualTo("Christmas stock build agreed with finance");
		assertThat(json(approved).get("decision").get("outcome").asString()).isEqualTo("approved");

		HttpResponse<String> executed = post(SUGGESTIONS + "/" + id + "/execute", operator, null);
		assertThat(executed.statusCode()).isEqualTo(200);
		assertThat(json(executed).get("status").asString()).isEqualTo("executed");
		HttpResponse<String> again = post(SUGGESTIONS + "/" + id + "/execute", operator, null);
		assertThat(again.statusCode()).as("a retry changes nothing").isEqualTo(200);
		assertThat(json(again).get("execution").get("at").asString())
			.isEqualTo(json(executed).get("execution").get("at").asString());
		assertThat(post(SUGGESTIONS + "/" + id + "/reject", manager, "{\"reason\":\"late\"}").statusCode())
			.isEqualTo(409);
	}

	@Test
	void aSuggestionWaitingForApprovalAndEachDecisionArePublishedWithWhoAskedAndWhoDecided() throws Exception {
		this.seeds.orders("SUG-BARREL", "shopify", "UK", 20);
		this.seeds.product("SUG-BARREL", 10, 50, 6, new BigDecimal("5000.00"), "GBP");
		String requester = java.util.UUID.randomUUID().toString();
		String managerId = java.util.UUID.randomUUID().toString();
		String operatorId = java.util.UUID.randomUUID().toString();
		run(TestTokens.userClaims(this.tenant, "OPERATOR").subject(requester).sign());
		JsonNode suggestion = suggestions("?sku=SUG-BARREL").getFirst();
		String id = suggestion.get("id").asString();

		assertThat(outbox("sentia.forecasting.suggestion.changed.v1")).singleElement().satisfies((event) -> {
			assertThat(event.get("suggestionId").asString()).isEqualTo(id);
			assertThat(event.get("status").asString()).isEqualTo("awaiting_approval");
			assertThat(event.get("requiresApproval").asBoolean()).isTrue();
			assertThat(event.get("approvalReason").asString()).contains("exceeds the approval threshold");
			assertThat(new BigDecimal(event.get("orderValue").get("amount").asString()))
				.isEqualByComparingTo(suggestion.get("orderValue").decimalValue());
			assertThat(event.get("requestedBy").asString()).isEqualTo(requester);
			assertThat(event.get("decidedBy").isNull()).isTrue();
		});

		String manager = TestTokens.userClaims(this.tenant, "MANAGER").subject(managerId).sign();
		assertThat(post(SUGGESTIONS + "/" + id + "/approve", manager, "{\"reason\":\"Budget agreed\"}").statusCode())
			.isEqualTo(200);
		assertThat(post(SUGGESTIONS + "/" + id + "/approve", manager, "{\"reason\":\"again\"}").statusCode())
			.as("a retry")
			.isEqualTo(200);
		String operator = TestTokens.userClaims(this.tenant, "OPERATOR").subject(operatorId).sign();
		assertThat(post(SUGGESTIONS + "/" + id + "/execute", operator, "{\"reason\":\"PO-77\"}").statusCode())
			.isEqualTo(200);

		List<JsonNode> events = outbox("sentia.forecasting.suggestion.changed.v1");
		assertThat(events).extracting((event) -> event.get("status").asString())
			.as("a retried decision publishes nothing")
			.containsExactly("awaiting_approval", "approved", "executed");
		assertThat(events.get(1).get("decidedBy").asString()).isEqualTo(managerId);
		assertThat(events.get(1).get("decisionReason").asString()).isEqualTo("Budget agreed");
		assertThat(events.get(1).get("requestedBy").asString()).isEqualTo(requester);
		assertThat(events.get(2).get("decidedBy").asString()).isEqualTo(operatorId);
		assertThat(events.get(2).get("decisionReason").asString()).isEqualTo("PO-77");
		assertThat(this.jdbc.queryForList("SELECT event_key FROM outbox_event WHERE tenant_id = ? AND event_type = ?",
				String.class, this.tenant, "sentia.forecasting.suggestion.changed.v1"))
			.containsOnly(this.tenant + ":" + id);
	}

	@Test
	void aRejectionIsPublishedAndASuggestionWithinTheThresholdWaitsForNobody() throws Exception {
		this.seeds.orders("SUG-SMALL", "shopify", "UK", 20);
		this.seeds.product("SUG-SMALL", 10, 50, 6, new BigDecimal("1.00"), "GBP");
		this.seeds.orders("SUG-LARGE", "shopify", "UK", 20);
		this.seeds.product("SUG-LARGE", 10, 50, 6, new BigDecimal("5000.00"), "GBP");
		run();
		String large = suggestions("?sku=SUG-LARGE").getFirst().get("id").asString();
		assertThat(outbox("sentia.forecasting.suggestion.changed.v1")).as("only the one that needs approval")
			.singleElement()
			.satisfies((event) -> {
				assertThat(event.get("suggestionId").asString()).isEqualTo(large);
				assertThat(event.get("requestedBy").asString()).isNotBlank();
			});

		assertThat(post(SUGGESTIONS + "/" + large + "/reject", TestTokens.user(this.tenant, Role.MANAGER),
				"{\"reason\":\"Too much cash tied up\"}")
			.statusCode()).isEqualTo(200);

		assertThat(outbox("sentia.forecasting.suggestion.changed.v1")).last().satisfies((event) -> {
			assertThat(event.get("status").asString()).isEqualTo("rejected");
			assertThat(event.get("decisionReason").asString()).isEqualTo("Too much cash tied up");
		});
	}

	@Test
	void aStockOutRiskThatClearsIsResolvedOnceWithTheAlertsKeyAndId() throws Exception {
		this.seeds.orders("SUG-RUM", "shopify", "UK", 20);
		this.seeds.product("SUG-RUM", 10, 50, 6, new BigDecimal("21.50"), "GBP");
		this.seeds.level("SUG-RUM", "unleashed:WH-LEITH", "WAREHOUSE", "2026-11-20T00:00:00Z", 5, 0);
		run();
		JsonNode raised = outbox("sentia.alerts.alert.raised.v1").getFirst();
		assertThat(raised.get("kind").asString()).isEqualTo("stockout_risk");
		run();
		assertThat(outbox("sentia.alerts.alert.resolved.v1")).as("still at risk").isEmpty();

		// About seven weeks of cover: beyond the lead time, within the overstock limit.
		this.seeds.level("SUG-RUM", "unleashed:WH-LEITH", "WAREHOUSE", "2026-11-21T00:00:00Z", 150, 0);
		run();
		run();

		assertThat(outbox("sentia.alerts.alert.resolved.v1")).singleElement().satisfies((resolved) -> {
			assertThat(resolved.get("kind").asString()).isEqualTo("stockout_risk");
			assertThat(resolved.get("dedupKey").asString()).isEqualTo(raised.get("dedupKey").asString());
			assertThat(resolved.get("alertId").asString()).isEqualTo(raised.get("alertId").asString());
			assertThat(resolved.get("source").asString()).isEqualTo("forecasting-service");
			assertThat(resolved.get("title").asString()).contains("no longer at risk");
		});
		assertThat(this.jdbc.queryForList(
				"SELECT event_key FROM outbox_event WHERE tenant_id = ? AND event_type LIKE 'sentia.alerts.%' ORDER BY seq",
				String.class, this.tenant))
			.as("raised and resolved share the key, so they keep their order")
			.containsOnly(this.tenant + ":" + raised.get("dedupKey").asString());
	}

	@Test
	void eachLocationIsPlannedForTheDemandItServes() throws Exception {
		this.seeds.orders("SUG-GIN", "shopify", "UK", 12);
		this.seeds.orders("SUG-GIN", "amazon", "UK", 7);
		this.seeds.orders("SUG-GIN", "shopify", "US", 5);
		this.seeds.product("SUG-GIN", 21, 1, 1, new BigDecimal("9.00"), "GBP");
		this.seeds.level("SUG-GIN", "amazon-fba:UK", "AMAZON_FBA", "2026-11-20T00:00:00Z", 12, 6);
		this.seeds.level("SUG-GIN", "unleashed:WH-LEITH", "WAREHOUSE", "2026-11-20T00:00:00Z", 40, 0);
		this.seeds.level("SUG-GIN", "unleashed:WH-NEWARK", "THIRD_PARTY_LOGISTICS", "2026-11-20T00:00:00Z", 30, 0);
		String regions = "/api/forecasting/v1/locations/unleashed:WH-NEWARK/regions";
		assertThat(put(regions, TestTokens.user(this.tenant, Role.OPERATOR), "{\"regions\":[\"US\"]}").statusCode())
			.isEqualTo(403);
		assertThat(put(regions, TestTokens.user(this.tenant, Role.MANAGER), "{\"regions\":[\"u s\"]}").statusCode())
			.isEqualTo(400);
		HttpResponse<String> set = put(regions, TestTokens.user(this.tenant, Role.MANAGER), "{\"regions\":[\"us\"]}");
		assertThat(set.statusCode()).isEqualTo(200);
		assertThat(json(set).get("regions").get(0).asString()).isEqualTo("US");

		String run = run();
		Map<String, JsonNode> plans = new LinkedHashMap<>();
		json(get("/api/forecasting/v1/plans?sku=SUG-GIN", TestTokens.user(this.tenant, Role.VIEWER))).get("plans")
			.forEach((plan) -> plans.put(plan.get("locationId").asString(), plan));
		assertThat(plans).containsOnlyKeys("amazon-fba:UK", "unleashed:WH-LEITH", "unleashed:WH-NEWARK");

		JsonNode fba = plans.get("amazon-fba:UK");
		assertThat(fba.get("demandSource").asString()).isEqualTo("amazon UK");
		assertThat(fba.get("onHand").asLong()).isEqualTo(12);
		assertThat(fba.get("onOrder").asLong()).as("FBA inbound shipments").isEqualTo(6);
		assertThat(weekly(fba)).containsExactlyElementsOf(bottomSeries(run, "amazon", "UK"));
		assertThat(weekly(plans.get("unleashed:WH-NEWARK")))
			.containsExactlyElementsOf(bottomSeries(run, "shopify", "US"));
		assertThat(weekly(plans.get("unleashed:WH-LEITH"))).as("what is left: Shopify UK")
			.containsExactlyElementsOf(bottomSeries(run, "shopify", "UK"));
		assertThat(plans.get("unleashed:WH-LEITH").get("onHand").asLong()).isEqualTo(40);

		List<JsonNode> locations = new ArrayList<>();
		json(get("/api/forecasting/v1/locations", TestTokens.user(this.tenant, Role.VIEWER))).forEach(locations::add);
		assertThat(locations).extracting((location) -> location.get("locationId").asString())
			.containsExactly("amazon-fba:UK", "unleashed:WH-LEITH", "unleashed:WH-NEWARK");
	}

	@Test
	void theDemoTenantIsNotSetUpWithoutTheDemoProfile() throws Exception {
		JsonNode locations = json(get("/api/forecasting/v1/locations",
				TestTokens.user(DemoPlanningSettings.DEMO_TENANT_ID, Role.VIEWER)));

		assertThat(locations.valueStream().map((location) -> location.get("locationId").asString()))
			.doesNotContain("unleashed:WH-LEITH", "unleashed:WH-NEWARK");
	}

	private String run() throws Exception {
		return run(TestTokens.user(this.tenant, Role.OPERATOR));
	}

	private String run(String token) throws Exception {
		String runId = json(post("/api/forecasting/v1/runs", token, null)).get("id").asString();
		awaitRunSucceeded(this.tenant, runId);
		return runId;
	}

	private List<JsonNode> suggestions(String query) throws Exception {
		HttpResponse<String> response = get(SUGGESTIONS + query, TestTokens.user(this.tenant, Role.VIEWER));
		assertThat(response.statusCode()).isEqualTo(200);
		List<JsonNode> list = new ArrayList<>();
		json(response).forEach(list::add);
		return list;
	}

	private List<JsonNode> outbox(String type) {
		return this.jdbc
			.queryForList("SELECT payload FROM outbox_event WHERE tenant_id = ? AND event_type = ? ORDER BY seq",
					String.class, this.tenant, type)
			.stream()
			.map((payload) -> this.jsonMapper.readTree(payload))
			.toList();
	}

	private List<Double> bottomSeries(String run, String channel, String region) {
		return this.jdbc.queryForList("""
				SELECT greatest(0, point) FROM forecast_point
				WHERE tenant_id = ? AND run_id = ?::uuid AND level = 'bottom' AND sku = 'SUG-GIN'
				  AND channel = ? AND region = ?
				ORDER BY period_start
				""", Double.class, this.tenant, run, channel, region);
	}

	private static List<Double> weekly(JsonNode plan) {
		List<Double> weekly = new ArrayList<>();
		plan.get("weeklyDemand").forEach((week) -> weekly.add(week.asDouble()));
		assertThat(weekly).isNotEmpty();
		return weekly;
	}

}
