package io.sentia.forecasting.runs;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import io.sentia.events.ForecastPublished;
import io.sentia.forecasting.ForecastingServiceTests;
import io.sentia.servicekit.security.Role;
import io.sentia.testkit.security.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * Runs through the API on real PostgreSQL: every SKU × channel × region is forecast,
 * reconciled, backtested and published; progress is readable and streamed; a tenant sees
 * only its own runs and never two at once.
 */
class RunsTests extends ForecastingServiceTests {

	private static final String RUNS = "/api/forecasting/v1/runs";

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private RunService runService;

	@Autowired
	private MeterRegistry meters;

	@Autowired
	private RunProperties properties;

	@Test
	void aRunForecastsEverySeriesReconcilesItToSkuRegionAndTotalAndPublishesIt() throws Exception {
		String tenant = newTenant();
		LocalDate lastWeek = lastFullWeekStart();
		int bottoms = DemandFixture.write(this.jdbc, tenant, List.of("WHISKY-12", "GIN-70"),
				List.of("shopify", "amazon"), List.of("UK", "US"), 120, lastWeek);

		HttpResponse<String> started = post(RUNS, TestTokens.user(tenant, Role.OPERATOR), null);
		assertThat(started.statusCode()).isEqualTo(202);
		JsonNode run = json(started);
		assertThat(started.headers().firstValue("Location")).hasValue(RUNS + "/" + run.get("id").asString());
		JsonNode finished = awaitFinished(tenant, run.get("id").asString());

		assertThat(finished.get("status").asString()).isEqualTo("succeeded");
		assertThat(finished.get("bottomSeries").asInt()).isEqualTo(bottoms);
		assertThat(finished.get("seriesTotal").asInt()).as("total, 2 SKUs, 2 regions, 8 series").isEqualTo(13);
		assertThat(finished.get("seriesDone").asInt()).isEqualTo(13);
		assertThat(finished.get("historyEnd").asString()).isEqualTo(lastWeek.plusDays(6).toString());

		String viewer = TestTokens.user(tenant, Role.VIEWER);
		JsonNode page = json(get("/api/forecasting/v1/series?limit=100", viewer));
		assertThat(page.get("total").asInt()).isEqualTo(8);
		assertThat(page.get("series").get(0).get("band").asString()).isIn("good", "fair", "poor");

		JsonNode forecast = json(get("/api/forecasting/v1/series/GIN-70:amazon:US/forecast", viewer));
		assertThat(forecast.get("history")).hasSize(120);
		assertThat(forecast.get("seasonLength").asInt()).isEqualTo(52);
		JsonNode points = forecast.get("forecast");
		assertThat(points).hasSize(13);
		assertThat(points.get(0).get("periodStart").asString()).isEqualTo(lastWeek.plusWeeks(1).toString());
		for (JsonNode point : points) {
			assertThat(point.get("interval80").get("lower").asDouble())
				.isLessThanOrEqualTo(point.get("point").asDouble());
			assertThat(point.get("interval95").get("lower").asDouble())
				.isLessThanOrEqualTo(point.get("interval90").get("lower").asDouble());
			assertThat(point.get("interval95").get("upper").asDouble())
				.isGreaterThanOrEqualTo(point.get("interval90").get("upper").asDouble());
		}

		double skuFirstWeek = firstPoint(viewer, "GIN-70:all:all");
		double bottomSum = firstPoint(viewer, "GIN-70:shopify:UK") + firstPoint(viewer, "GIN-70:shopify:US")
				+ firstPoint(viewer, "GIN-70:amazon:UK") + firstPoint(viewer, "GIN-70:amazon:US");
		assertThat(skuFirstWeek).as("the SKU forecast is the sum of its series").isCloseTo(bottomSum, within(1e-6));
		double total = firstPoint(viewer, "all:all:all");
		assertThat(total).isCloseTo(firstPoint(viewer, "all:all:UK") + firstPoint(viewer, "all:all:US"), within(1e-6));

		JsonNode accuracy = json(get("/api/forecasting/v1/series/GIN-70:amazon:US/accuracy", viewer));
		List<String> models = new ArrayList<>();
		accuracy.get("models").forEach((model) -> models.add(model.get("model").asString()));
		assertThat(models).containsExactly("auto", "naive", "snaive");
		assertThat(accuracy.get("models").get(0).get("windows").asInt()).isEqualTo(2);
		assertThat(accuracy.get("versusNaive").get("maseRatio").asDouble()).isPositive();

		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM outbox_event WHERE tenant_id = ? AND event_type = ?",
				Integer.class, tenant, ForecastPublished.TYPE))
			.as("one per series and one per SKU")
			.isEqualTo(8 + 2);
	}

	@Test
	void theForecastEventsCarryThePlannersFinalNumbers() throws Exception {
		String tenant = newTenant();
		LocalDate lastWeek = lastFullWeekStart();
		DemandFixture.write(this.jdbc, tenant, List.of("FINAL-RUM"), List.of("shopify"), List.of("UK"), 60, lastWeek);
		String operator = TestTokens.user(tenant, Role.OPERATOR);
		awaitRunSucceeded(tenant, json(post(RUNS, operator, null)).get("id").asString());
		String week = lastWeek.plusWeeks(1).toString();
		assertThat(put("/api/forecasting/v1/series/FINAL-RUM:shopify:UK/overrides/" + week, operator,
				"{\"quantity\": 123, \"reason\": \"listing on the homepage\"}")
			.statusCode()).isEqualTo(200);

		String second = json(post(RUNS, operator, null)).get("id").asString();
		awaitRunSucceeded(tenant, second);

		List<JsonNode> events = this.jdbc
			.queryForList("SELECT payload FROM outbox_event WHERE tenant_id = ? AND event_type = ? ORDER BY seq",
					String.class, tenant, ForecastPublished.TYPE)
			.stream()
			.map((payload) -> this.jsonMapper.readTree(payload))
			.filter((event) -> event.get("series").get("channel").asString().equals("shopify"))
			.toList();
		assertThat(events).hasSize(2);
		JsonNode first = events.get(1).get("points").get(0);
		assertThat(first.get("periodStart").asString()).isEqualTo(week);
		assertThat(first.get("quantity").asDouble()).as("the override, not the statistics").isEqualTo(123.0);
		assertThat(first.get("interval80").get("lower").asDouble()).isLessThanOrEqualTo(123.0);
		assertThat(first.get("interval80").get("upper").asDouble()).isGreaterThanOrEqualTo(123.0);
	}

	@Test
	void runsAreCarriedOutOnTheMeteredCoordinatorAndWorkerPools() throws Exception {
		String tenant = newTenant();
		DemandFixture.write(this.jdbc, tenant, List.of("RUM-70"), List.of("shopify"), List.of("UK"), 60,
				lastFullWeekStart());
		double coordinated = completed("forecastRunCoordinator");
		double fitted = completed("forecastWorkerPool");

		JsonNode run = json(post(RUNS, TestTokens.user(tenant, Role.OPERATOR), null));
		assertThat(awaitFinished(tenant, run.get("id").asString()).get("status").asString()).isEqualTo("succeeded");

		assertThat(this.meters.get("executor.pool.max").tag("name", "forecastWorkerPool").gauge().value())
			.isEqualTo(this.properties.workerThreads());
		assertThat(this.meters.get("executor.pool.max").tag("name", "forecastRunCoordinator").gauge().value())
			.isEqualTo(2);
		await().atMost(PATIENCE)
			.until(() -> completed("forecastRunCoordinator") > coordinated && completed("forecastWorkerPool") > fitted);
	}

	private double completed(String pool) {
		return this.meters.get("executor.completed").tag("name", pool).functionCounter().count();
	}

	@Test
	void aRunIsRefusedWhileAnotherIsActiveForTheTenant() throws Exception {
		String tenant = newTenant();
		UUID active = UUID.randomUUID();
		this.jdbc.update("""
				INSERT INTO forecast_run (id, tenant_id, trigger, status, horizon, created_at, progress_at)
				VALUES (?, ?, 'manual', 'running', 13, now(), now())
				""", active, tenant);

		HttpResponse<String> refused = post(RUNS, TestTokens.user(tenant, Role.MANAGER), null);

		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(json(refused).get("activeRunId").asString()).isEqualTo(active.toString());
	}

	@Test
	void anotherTenantsRunIsNotFound() throws Exception {
		String owner = newTenant();
		JsonNode run = json(post(RUNS, TestTokens.user(owner, Role.OPERATOR), null));
		String intruder = TestTokens.user(newTenant(), Role.ADMIN);

		assertThat(get(RUNS + "/" + run.get("id").asString(), intruder).statusCode()).isEqualTo(404);
		assertThat(get(RUNS + "/" + run.get("id").asString() + "/events", intruder).statusCode()).isEqualTo(404);
		assertThat(json(get(RUNS, intruder))).isEmpty();
		awaitFinished(owner, run.get("id").asString());
	}

	@Test
	void progressIsStreamedAsServerSentEventsUntilTheRunFinishes() throws Exception {
		String tenant = newTenant();
		DemandFixture.write(this.jdbc, tenant, List.of("RUM-70"), List.of("shopify"), List.of("UK", "EU", "US"), 60,
				lastFullWeekStart());
		String token = TestTokens.user(tenant, Role.OPERATOR);
		String id = json(post(RUNS, token, null)).get("id").asString();

		HttpResponse<String> stream = this.http.send(
				request(RUNS + "/" + id + "/events", token).header("Accept", "text/event-stream").GET().build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(stream.statusCode()).isEqualTo(200);
		assertThat(stream.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/event-stream");
		List<String> events = stream.body().lines().filter((line) -> line.startsWith("event:")).toList();
		assertThat(events).last().isEqualTo("event:finished");
		String lastData = stream.body()
			.lines()
			.filter((line) -> line.startsWith("data:"))
			.reduce((first, second) -> second)
			.orElseThrow();
		JsonNode finished = this.jsonMapper.readTree(lastData.substring("data:".length()));
		assertThat(finished.get("status").asString()).isEqualTo("succeeded");
		assertThat(finished.get("seriesDone").asInt()).isEqualTo(finished.get("seriesTotal").asInt())
			.isEqualTo(1 + 1 + 3 + 3);
	}

	@Test
	void aScheduledRunHappensOncePerTenantDay() throws Exception {
		String tenant = newTenant();
		LocalDate day = LocalDate.of(2026, 11, 22);

		UUID first = this.runService.startScheduled(tenant, day).orElseThrow();
		awaitFinished(tenant, first.toString());

		assertThat(this.runService.startScheduled(tenant, day)).isEmpty();
		assertThat(this.runService.startScheduled(tenant, day.plusDays(1))).isPresent();
		assertThat(this.runService.find(tenant, first).orElseThrow().trigger()).isEqualTo("scheduled");
	}

	private double firstPoint(String token, String key) throws Exception {
		HttpResponse<String> response = get("/api/forecasting/v1/series/" + key + "/forecast", token);
		assertThat(response.statusCode()).as(key).isEqualTo(200);
		return json(response).get("forecast").get(0).get("point").asDouble();
	}

	private JsonNode awaitFinished(String tenant, String id) throws Exception {
		String token = TestTokens.user(tenant, Role.VIEWER);
		return await().alias("run " + id + " finished")
			.atMost(PATIENCE.multipliedBy(3))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> json(get(RUNS + "/" + id, token)), (run) -> run.get("status").asString().equals("succeeded")
					|| run.get("status").asString().equals("failed"));
	}

	private static LocalDate lastFullWeekStart() {
		return LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
	}

}
