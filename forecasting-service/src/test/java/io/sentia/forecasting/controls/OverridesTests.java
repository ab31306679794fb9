package io.sentia.forecasting.controls;

import java.net.http.HttpResponse;
import java.util.UUID;

import io.sentia.servicekit.security.Role;
import io.sentia.testkit.security.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Overrides over HTTP with real tokens on a stored run: the reason is mandatory, the
 * baseline stays visible beside the final number, every change is audited, the final
 * numbers reach the SKU level planning reads, and overrides outlive the run.
 */
class OverridesTests extends ControlsApiTests {

	private static final String SERIES = "/api/forecasting/v1/series/WHISKY-12:shopify:UK";

	private static final String WEEK = StoredRunFixture.WEEK;

	private final String tenant = newTenant();

	private final String operator = TestTokens.user(this.tenant, Role.OPERATOR);

	private final String viewer = TestTokens.user(this.tenant, Role.VIEWER);

	@BeforeEach
	void storeARun() {
		seedRun(this.tenant, UUID.randomUUID());
	}

	@Test
	void anOverrideWithoutReasonIsRefusedNamingTheField() throws Exception {
		assertInvalid(put(SERIES + "/overrides/" + WEEK, this.operator, "{\"quantity\": 30}"), "reason");
		assertInvalid(put(SERIES + "/overrides/" + WEEK, this.operator, "{\"quantity\": 30, \"reason\": \"  \"}"),
				"reason");
		assertInvalid(put(SERIES + "/overrides/" + WEEK, this.operator, "{\"reason\": \"promo\"}"), "quantity");
		assertInvalid(put(SERIES + "/overrides/2026-11-24", this.operator, "{\"quantity\": 3, \"reason\": \"x\"}"),
				"period");
		assertInvalid(delete(SERIES + "/overrides/" + WEEK, this.operator), "reason");
		assertThat(json(get(SERIES + "/overrides", this.viewer))).isEmpty();
	}

	@Test
	void theForecastShowsTheBaselineBesideTheFinalNumberAndWhoOverrodeIt() throws Exception {
		HttpResponse<String> set = put(SERIES + "/overrides/" + WEEK, this.operator,
				"{\"quantity\": 30, \"reason\": \"Christmas listing on the homepage\"}");
		assertThat(set.statusCode()).as(set.body()).isEqualTo(200);

		JsonNode weeks = json(get(SERIES + "/forecast", this.viewer)).get("forecast");
		JsonNode overridden = weeks.get(1);
		assertThat(overridden.get("periodStart").asString()).isEqualTo(WEEK);
		assertThat(overridden.get("point").asDouble()).isEqualTo(30.0);
		assertThat(overridden.get("baseline").asDouble()).isEqualTo(10.0);
		assertThat(overridden.get("override").get("reason").asString()).isEqualTo("Christmas listing on the homepage");
		assertThat(overridden.get("override").get("email").asString()).isEqualTo("operator@test.sentia.example");
		// The interval moves with the number: same width around the final point.
		assertThat(overridden.get("interval95").get("lower").asDouble()).isEqualTo(24.0);
		assertThat(overridden.get("interval95").get("upper").asDouble()).isEqualTo(36.0);
		JsonNode untouched = weeks.get(0);
		assertThat(untouched.get("point").asDouble()).isEqualTo(10.0);
		assertThat(untouched.get("baseline").asDouble()).isEqualTo(10.0);
		assertThat(untouched.get("override").isNull()).isTrue();
	}

	@Test
	void aSeriesOverrideMovesTheSkuTotalPlanningReads() throws Exception {
		put(SERIES + "/overrides/" + WEEK, this.operator, "{\"quantity\": 30, \"reason\": \"promo\"}");

		double skuFinal = this.jdbc.sql("""
				SELECT point FROM forecast_point_final WHERE tenant_id = :tenant AND level = 'sku'
				  AND sku = 'WHISKY-12' AND period_start = DATE '2026-11-23'
				""").param("tenant", this.tenant).query(Double.class).single();
		// SKU baseline 25 (10 shopify + 15 amazon) plus the shopify series' +20.
		assertThat(skuFinal).isCloseTo(45.0, within(1e-9));
		JsonNode sku = json(get("/api/forecasting/v1/series/WHISKY-12:all:all/forecast", this.viewer)).get("forecast")
			.get(1);
		assertThat(sku.get("point").asDouble()).isCloseTo(45.0, within(1e-9));
		assertThat(sku.get("baseline").asDouble()).isEqualTo(25.0);
	}

	@Test
	void planningPlansFromTheFinalNumbers() throws Exception {
		String plans = "/api/forecasting/v1/plans?sku=WHISKY-12";
		JsonNode before = json(get(plans, this.viewer)).get("plans").get(0).get("weeklyDemand");
		assertThat(before.get(1).asDouble()).isEqualTo(25.0);

		put(SERIES + "/overrides/" + WEEK, this.operator, "{\"quantity\": 30, \"reason\": \"promo\"}");

		JsonNode after = json(get(plans, this.viewer)).get("plans").get(0).get("weeklyDemand");
		assertThat(after.get(0).asDouble()).isEqualTo(25.0);
		assertThat(after.get(1).asDouble()).as("the SKU's week moved by the series' +20").isCloseTo(45.0, within(1e-9));
	}

	@Test
	void theAuditRecordsOldAndNewNumbersWhoAndWhy() throws Exception {
		put(SERIES + "/overrides/" + WEEK, this.operator, "{\"quantity\": 30, \"reason\": \"promo\"}");
		put(SERIES + "/overrides/" + WEEK, this.operator, "{\"quantity\": 25, \"reason\": \"smaller promo\"}");
		HttpResponse<String> cleared = delete(SERIES + "/overrides/" + WEEK + "?reason=promo%20cancelled",
				this.operator);
		assertThat(cleared.statusCode()).as(cleared.body()).isEqualTo(204);

		JsonNode audit = json(get("/api/forecasting/v1/overrides/audit?series=WHISKY-12:shopify:UK", this.viewer));
		assertThat(audit).hasSize(3);
		assertThat(audit.get(0).get("action").asString()).isEqualTo("set");
		JsonNode firstOld = audit.get(0).get("oldQuantity");
		assertThat(firstOld == null || firstOld.isNull()).isTrue();
		assertThat(audit.get(0).get("newQuantity").asDouble()).isEqualTo(30.0);
		assertThat(audit.get(1).get("oldQuantity").asDouble()).isEqualTo(30.0);
		assertThat(audit.get(1).get("newQuantity").asDouble()).isEqualTo(25.0);
		assertThat(audit.get(1).get("reason").asString()).isEqualTo("smaller promo");
		assertThat(audit.get(2).get("action").asString()).isEqualTo("cleared");
		assertThat(audit.get(2).get("oldQuantity").asDouble()).isEqualTo(25.0);
		assertThat(audit.get(2).get("reason").asString()).isEqualTo("promo cancelled");
		for (JsonNode change : audit) {
			assertThat(change.get("email").asString()).isEqualTo("operator@test.sentia.example");
			assertThat(change.get("subject").asString()).isNotBlank();
			assertThat(change.get("periodStart").asString()).isEqualTo(WEEK);
		}
		assertThat(json(get("/api/forecasting/v1/overrides/audit?from=2100-01-01T00:00:00Z", this.viewer))).isEmpty();
		assertThat(json(get(SERIES + "/forecast", this.viewer)).get("forecast").get(1).get("point").asDouble())
			.isEqualTo(10.0);
	}

	@Test
	void anOverrideSurvivesTheNextRun() throws Exception {
		put(SERIES + "/overrides/" + WEEK, this.operator, "{\"quantity\": 30, \"reason\": \"promo\"}");
		UUID next = UUID.randomUUID();
		seedRun(this.tenant, next);
		this.jdbc.sql("DELETE FROM forecast_run WHERE tenant_id = :tenant AND id <> :next")
			.param("tenant", this.tenant)
			.param("next", next)
			.update();

		JsonNode week = json(get(SERIES + "/forecast", this.viewer)).get("forecast").get(1);
		assertThat(json(get(SERIES + "/forecast", this.viewer)).get("runId").asString()).isEqualTo(next.toString());
		assertThat(week.get("point").asDouble()).isEqualTo(30.0);
		assertThat(json(get(SERIES + "/overrides", this.viewer))).hasSize(1);
	}

	@Test
	void aViewerCannotOverride() throws Exception {
		assertThat(put(SERIES + "/overrides/" + WEEK, this.viewer, "{\"quantity\": 30, \"reason\": \"promo\"}")
			.statusCode()).isEqualTo(403);
		assertThat(delete(SERIES + "/overrides/" + WEEK + "?reason=x", this.viewer).statusCode()).isEqualTo(403);
		String partner = TestTokens.partner(this.tenant, "forecasts.write");
		assertThat(
				put(SERIES + "/overrides/" + WEEK, partner, "{\"quantity\": 30, \"reason\": \"promo\"}").statusCode())
			.isEqualTo(200);
	}

	@Test
	void anotherTenantsSeriesIsNotFound() throws Exception {
		String other = TestTokens.user(newTenant(), Role.MANAGER);

		assertThat(put(SERIES + "/overrides/" + WEEK, other, "{\"quantity\": 30, \"reason\": \"promo\"}").statusCode())
			.isEqualTo(404);
		assertThat(get(SERIES + "/overrides", other).statusCode()).isEqualTo(404);
		put(SERIES + "/overrides/" + WEEK, this.operator, "{\"quantity\": 30, \"reason\": \"promo\"}");
		assertThat(json(get("/api/forecasting/v1/overrides/audit", other))).isEmpty();
	}

	private void seedRun(String tenant, UUID run) {
		StoredRunFixture.write(this.jdbc, tenant, run);
	}

}
