package io.sentia.forecasting.controls;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.sentia.forecasting.ForecastingServiceTests;
import io.sentia.servicekit.security.Role;
import io.sentia.testkit.security.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Overrides over HTTP with real tokens on a stored run: the reason is mandatory, the
 * baseline stays visible beside the final number, every change is audited, the final
 * numbers reach the SKU level planning reads, and overrides outlive the run.
 */
class OverridesTests extends ForecastingServiceTests {

	private static final String SERIES = "/api/forecasting/v1/series/WHISKY-12:shopify:UK";

	private static final String WEEK = "2026-11-23";

	private final String tenant = newTenant();

	private final String operator = TestTokens.user(this.tenant, Role.OPERATOR);

	private final String viewer = TestTokens.user(this.tenant, Role.VIEWER);

	@Autowired
	private JdbcClient jdbc;

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
		this.jdbc.sql("""
				INSERT INTO forecast_run (id, tenant_id, trigger, status, horizon, created_at, finished_at, history_end)
				VALUES (:run, :tenant, 'manual', 'succeeded', 2, now(), clock_timestamp(), DATE '2026-11-15')
				""").param("run", run).param("tenant", tenant).update();
		seedSeries(tenant, run, "bottom", "shopify", "UK", 10);
		seedSeries(tenant, run, "bottom", "amazon", "UK", 15);
		seedSeries(tenant, run, "sku", "all", "all", 25);
	}

	private void seedSeries(String tenant, UUID run, String level, String channel, String region, double point) {
		this.jdbc.sql("""
				INSERT INTO series_forecast (run_id, tenant_id, level, sku, channel, region, model, season_length,
				    first_week, history_end, observed, adjusted, adjusted_weeks, band)
				VALUES (:run, :tenant, :level, 'WHISKY-12', :channel, :region, 'ETS(ANN)', 1, DATE '2026-11-09',
				    DATE '2026-11-15', '{4}', '{4}', 0, 'good')
				""")
			.param("run", run)
			.param("tenant", tenant)
			.param("level", level)
			.param("channel", channel)
			.param("region", region)
			.update();
		for (String week : List.of("2026-11-16", WEEK)) {
			this.jdbc.sql("""
					INSERT INTO forecast_point (run_id, tenant_id, level, sku, channel, region, period_start, point,
					    lo80, hi80, lo90, hi90, lo95, hi95)
					VALUES (:run, :tenant, :level, 'WHISKY-12', :channel, :region, CAST(:week AS date), :point,
					    :point - 2, :point + 2, :point - 4, :point + 4, :point - 6, :point + 6)
					""")
				.param("run", run)
				.param("tenant", tenant)
				.param("level", level)
				.param("channel", channel)
				.param("region", region)
				.param("week", week)
				.param("point", point)
				.update();
		}
	}

	private HttpResponse<String> put(String path, String token, String json) throws Exception {
		HttpRequest.Builder builder = request(path, token).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json));
		return this.http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> delete(String path, String token) throws Exception {
		return this.http.send(request(path, token).DELETE().build(), HttpResponse.BodyHandlers.ofString());
	}

	private void assertInvalid(HttpResponse<String> response, String field) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		List<String> fields = new ArrayList<>();
		json(response).get("errors").forEach((error) -> fields.add(error.get("field").asString()));
		assertThat(fields).as(response.body()).contains(field);
	}

}
