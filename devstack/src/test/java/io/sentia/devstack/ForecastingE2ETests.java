package io.sentia.devstack;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static io.sentia.devstack.E2EPlatform.JSON;
import static io.sentia.devstack.E2EPlatform.eventually;
import static io.sentia.devstack.E2EPlatform.partnerGet;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forecasting and planning on the demo tenant: its first run without anyone asking, a run
 * through the gateway, every plan's arithmetic redone, and a large purchase suggestion
 * that waits for a manager.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(E2EPlatform.class)
@Order(4)
class ForecastingE2ETests {

	private static String gateway;

	@BeforeAll
	static void usePlatform() {
		gateway = E2EPlatform.gateway();
	}

	@Test
	@Order(1)
	void theDemoTenantIsForecastPlannedAndItsLargeOrdersWaitForApproval() throws Exception {
		JsonNode dataset = E2EPlatform.awaitDemoLoaded();
		// Nobody asked: the demo's first run starts once its history has arrived.
		JsonNode first = eventually(Duration.ofMinutes(8), () -> {
			for (JsonNode run : JSON.readTree(partnerGet("/api/forecasting/v1/runs?limit=100").body())) {
				if (run.path("trigger").asString().equals("scheduled")
						&& run.path("status").asString().equals("succeeded")) {
					return run;
				}
			}
			return null;
		});
		assertThat(first.path("requestedBy").isNull() || first.path("requestedBy").isMissingNode()).as(first.toString())
			.isTrue();
		// Forecast again what the demo tenant holds, whichever scenario ran before.
		BrowserSession operator = E2EPlatform.operator();
		HttpResponse<String> started = operator.send("POST", "/api/forecasting/v1/runs", null);
		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		String run = JSON.readTree(started.body()).path("id").asString();
		JsonNode finished = eventually(Duration.ofMinutes(8), () -> {
			JsonNode body = JSON.readTree(partnerGet("/api/forecasting/v1/runs/" + run).body());
			String status = body.path("status").asString();
			return (status.equals("succeeded") || status.equals("failed")) ? body : null;
		});
		assertThat(finished.path("status").asString()).as(finished.toString()).isEqualTo("succeeded");

		JsonNode series = JSON.readTree(partnerGet("/api/forecasting/v1/series?level=bottom&limit=1000").body());
		List<String> channelRegions = new ArrayList<>();
		series.path("series").forEach((one) -> {
			channelRegions.add(one.path("channel").asString() + ":" + one.path("region").asString());
			if (one.path("historyWeeks").asInt() >= 20) {
				assertThat(one.path("beatsNaive").isBoolean()).as("%s compared with naive", one.path("key")).isTrue();
			}
		});
		dataset.path("bySalesChannel")
			.forEach((row) -> assertThat(channelRegions).as("series of every sales channel")
				.contains(row.path("channel").asString() + ":" + row.path("region").asString()));

		JsonNode plans = JSON.readTree(partnerGet("/api/forecasting/v1/plans").body());
		assertThat(plans.path("run").asString()).isEqualTo(run);
		assertThat(plans.path("plans").size()).isPositive();
		plans.path("plans").forEach(PlanArithmetic::assertConsistent);

		List<JsonNode> open = new ArrayList<>();
		JSON.readTree(partnerGet("/api/forecasting/v1/suggestions?status=open").body()).forEach(open::add);
		assertThat(open).as("the demo's thin stock needs orders").isNotEmpty();
		JsonNode large = open.stream()
			.filter((suggestion) -> suggestion.path("requiresApproval").asBoolean())
			.findFirst()
			.orElseThrow(() -> new AssertionError("no suggestion above the 1000 threshold: " + open));
		String execute = "/api/forecasting/v1/suggestions/" + large.path("id").asString() + "/execute";
		HttpResponse<String> refused = operator.send("POST", execute, null);
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);

		BrowserSession manager = E2EPlatform.signedIn("manager");
		HttpResponse<String> approved = manager.send("POST",
				"/api/forecasting/v1/suggestions/" + large.path("id").asString() + "/approve",
				"{\"reason\":\"Seasonal build agreed\"}");
		assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
		HttpResponse<String> executed = operator.send("POST", execute, "{\"reason\":\"PO-DEMO-1\"}");
		assertThat(executed.statusCode()).as(executed.body()).isEqualTo(200);
		assertThat(JSON.readTree(executed.body()).path("status").asString()).isEqualTo("executed");
	}

}
