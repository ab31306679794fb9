package io.sentia.forecasting.runs;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import io.sentia.forecasting.ForecastingServiceTests;
import io.sentia.servicekit.security.Role;
import io.sentia.testkit.security.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The run meters operators alert on, read from the service's registry after real runs on
 * PostgreSQL: runs by trigger and outcome, their duration, and the series forecast by
 * accuracy band.
 */
class RunMetersTests extends ForecastingServiceTests {

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private RunService runService;

	@Autowired
	private MeterRegistry meters;

	@Test
	void aSucceededRunIsCountedTimedAndItsSeriesCountedByAccuracyBand() throws Exception {
		String tenant = newTenant();
		int bottoms = DemandFixture.write(this.jdbc, tenant, List.of("METER-GIN", "METER-RUM"), List.of("shopify"),
				List.of("UK", "US"), 120, lastFullWeekStart());
		double succeeded = runs("manual", "succeeded");
		long timed = this.meters.get("sentia.forecasting.run.duration")
			.tags("trigger", "manual", "outcome", "succeeded")
			.timer()
			.count();
		Map<AccuracyBand, Double> series = seriesByBand();

		String run = json(post("/api/forecasting/v1/runs", TestTokens.user(tenant, Role.OPERATOR), null)).get("id")
			.asString();
		awaitRunSucceeded(tenant, run);

		assertThat(runs("manual", "succeeded") - succeeded).isEqualTo(1);
		assertThat(this.meters.get("sentia.forecasting.run.duration")
			.tags("trigger", "manual", "outcome", "succeeded")
			.timer()
			.count() - timed).isEqualTo(1);
		Map<AccuracyBand, Double> counted = new EnumMap<>(AccuracyBand.class);
		seriesByBand().forEach((band, count) -> counted.put(band, count - series.get(band)));
		Map<AccuracyBand, Double> shown = new EnumMap<>(AccuracyBand.class);
		for (AccuracyBand band : AccuracyBand.values()) {
			shown.put(band, 0.0);
		}
		JsonNode page = json(get("/api/forecasting/v1/series?limit=100", TestTokens.user(tenant, Role.VIEWER)));
		page.get("series")
			.forEach((one) -> shown.merge(AccuracyBand.valueOf(one.get("band").asString().toUpperCase()), 1.0,
					Double::sum));
		assertThat(shown.values().stream().mapToDouble(Double::doubleValue).sum()).isEqualTo(bottoms);
		assertThat(counted).as("the bands the series API shows for the run").isEqualTo(shown);
	}

	@Test
	void aRunAbandonedByItsInstanceIsCountedAsFailedUnderItsTrigger() {
		String tenant = newTenant();
		this.jdbc.update("""
				INSERT INTO forecast_run (id, tenant_id, trigger, status, horizon, created_at, progress_at)
				VALUES (?, ?, 'scheduled', 'running', 13, now() - interval '1 day', now() - interval '1 day')
				""", UUID.randomUUID(), tenant);
		double failed = runs("scheduled", "failed");
		double manualFailed = runs("manual", "failed");

		this.runService.failAbandoned();

		assertThat(runs("scheduled", "failed") - failed).isEqualTo(1);
		assertThat(runs("manual", "failed")).isEqualTo(manualFailed);
	}

	@Test
	void everyTriggerAndOutcomeIsExportedBeforeAnyRunEnds() {
		for (String trigger : List.of("manual", "scheduled")) {
			for (String outcome : List.of("succeeded", "failed")) {
				assertThat(this.meters.find("sentia.forecasting.runs")
					.tags("trigger", trigger, "outcome", outcome)
					.counter()).as(trigger + " " + outcome).isNotNull();
			}
		}
		assertThat(this.meters.find("sentia.forecasting.series.forecast").counters())
			.hasSize(AccuracyBand.values().length);
	}

	private double runs(String trigger, String outcome) {
		return this.meters.get("sentia.forecasting.runs")
			.tags("trigger", trigger, "outcome", outcome)
			.counter()
			.count();
	}

	private Map<AccuracyBand, Double> seriesByBand() {
		Map<AccuracyBand, Double> counts = new EnumMap<>(AccuracyBand.class);
		for (AccuracyBand band : AccuracyBand.values()) {
			counts.put(band,
					this.meters.get("sentia.forecasting.series.forecast").tag("band", band.id()).counter().count());
		}
		return counts;
	}

	private static LocalDate lastFullWeekStart() {
		return LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
	}

}
