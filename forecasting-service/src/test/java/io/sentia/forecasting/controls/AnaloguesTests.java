package io.sentia.forecasting.controls;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

import io.sentia.servicekit.security.Role;
import io.sentia.testkit.security.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Analogue choices over HTTP, and a real run that applies the planner's controls: a
 * three-week-old SKU is forecast at its analogue's level and says so, and a past
 * promotion week is fitted at the pre-event level.
 */
class AnaloguesTests extends ControlsApiTests {

	private final String tenant = newTenant();

	private final String operator = TestTokens.user(this.tenant, Role.OPERATOR);

	private final String viewer = TestTokens.user(this.tenant, Role.VIEWER);

	@Test
	void aRunForecastsAYoungSkuFromItsAnalogueAndFitsPastPromotionsAtThePreEventLevel() throws Exception {
		LocalDate lastWeek = LocalDate.now(ZoneOffset.UTC)
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
			.minusWeeks(1);
		int weeks = 60;
		for (int w = 0; w < weeks; w++) {
			LocalDate day = lastWeek.minusWeeks(weeks - 1 - w).plusDays(2);
			order("old-" + w, day, "GIN-OLD", (w == 50) ? 500 : 48 + (w % 5));
			if (w >= weeks - 3) {
				order("new-" + w, day, "GIN-NEW", 5);
			}
		}
		LocalDate promotionDay = lastWeek.minusWeeks(weeks - 1 - 50).plusDays(2);
		assertThat(post("/api/forecasting/v1/calendar/events", this.operator, """
				{"name": "Past promotion", "from": "%s", "to": "%s", "skus": ["GIN-OLD"]}""".formatted(promotionDay,
				promotionDay))
			.statusCode()).isEqualTo(201);
		assertThat(put("/api/forecasting/v1/series/GIN-NEW:all:all/analogue", this.operator,
				"{\"analogueSkus\": [\"GIN-OLD\"]}")
			.statusCode()).isEqualTo(200);

		String run = json(post("/api/forecasting/v1/runs", this.operator, null)).get("id").asString();
		awaitRunSucceeded(this.tenant, run);

		JsonNode young = json(get("/api/forecasting/v1/series/GIN-NEW:shopify:UK/forecast", this.viewer));
		assertThat(young.get("model").asString()).startsWith("analogue/");
		assertThat(young.get("forecast").get(0).get("point").asDouble()).as("the analogue's level, about 50")
			.isBetween(40.0, 60.0);
		JsonNode old = json(get("/api/forecasting/v1/series/GIN-OLD:shopify:UK/forecast", this.viewer));
		assertThat(old.get("model").asString()).doesNotStartWith("analogue/");
		JsonNode promotion = null;
		for (JsonNode week : old.get("history")) {
			if (week.get("periodStart").asString().equals(promotionDay.minusDays(2).toString())) {
				promotion = week;
			}
		}
		assertThat(promotion).isNotNull();
		assertThat(promotion.get("quantity").asDouble()).isEqualTo(500.0);
		assertThat(promotion.get("adjusted").asDouble()).as("the pre-event level").isBetween(48.0, 52.0);
	}

	@Test
	void analoguesAreChosenReadAndDropped() throws Exception {
		order("a", LocalDate.of(2026, 11, 4), "GIN-NEW", 5);
		String path = "/api/forecasting/v1/series/GIN-NEW:shopify:UK/analogue";

		JsonNode chosen = json(
				put(path, this.operator, "{\"analogueSkus\": [\"GIN-OLD\", \"RUM-OLD\"], \"scale\": 0.8}"));
		assertThat(chosen.get("scale").asDouble()).isEqualTo(0.8);
		JsonNode read = json(get(path, this.viewer));
		assertThat(read.get("analogueSkus")).hasSize(2);
		assertThat(read.get("series").asString()).isEqualTo("GIN-NEW:shopify:UK");

		assertThat(delete(path, this.operator).statusCode()).isEqualTo(204);
		assertThat(get(path, this.viewer).statusCode()).isEqualTo(404);
	}

	@Test
	void badChoicesAreRefusedNamingTheField() throws Exception {
		order("a", LocalDate.of(2026, 11, 4), "GIN-NEW", 5);
		String path = "/api/forecasting/v1/series/GIN-NEW:shopify:UK/analogue";

		assertInvalid(put(path, this.operator, "{\"analogueSkus\": []}"), "analogueSkus");
		assertInvalid(put(path, this.operator, "{\"analogueSkus\": [\"GIN-NEW\"]}"), "analogueSkus[0]");
		assertInvalid(put(path, this.operator, "{\"analogueSkus\": [\"GIN-OLD\"], \"scale\": 0}"), "scale");
		assertInvalid(put("/api/forecasting/v1/series/all:all:UK/analogue", this.operator,
				"{\"analogueSkus\": [\"GIN-OLD\"]}"), "key");
	}

	@Test
	void viewersCannotChooseAndOtherTenantsSeriesAreNotFound() throws Exception {
		order("a", LocalDate.of(2026, 11, 4), "GIN-NEW", 5);
		String path = "/api/forecasting/v1/series/GIN-NEW:shopify:UK/analogue";
		String body = "{\"analogueSkus\": [\"GIN-OLD\"]}";

		assertThat(put(path, this.viewer, body).statusCode()).isEqualTo(403);
		String other = TestTokens.user(newTenant(), Role.MANAGER);
		assertThat(put(path, other, body).statusCode()).isEqualTo(404);
		assertThat(delete(path, other).statusCode()).isEqualTo(404);
	}

	private void order(String key, LocalDate day, String sku, int quantity) {
		this.jdbc.sql("""
				INSERT INTO sales_order (tenant_id, order_key, channel, region, status, ordered_at, demand_date,
				    updated_at)
				VALUES (:tenant, :key, 'shopify', 'UK', 'fulfilled', :at, :day, now())
				""")
			.param("tenant", this.tenant)
			.param("key", key)
			.param("at", day.atTime(10, 0).atOffset(ZoneOffset.UTC))
			.param("day", day)
			.update();
		this.jdbc.sql("""
				INSERT INTO sales_order_line (tenant_id, order_key, line_no, line_id, sku, quantity)
				VALUES (:tenant, :key, 0, '1', :sku, :quantity)
				""")
			.param("tenant", this.tenant)
			.param("key", key)
			.param("sku", sku)
			.param("quantity", quantity)
			.update();
	}

}
