package io.sentia.forecasting.runs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.sentia.testkit.security.EndpointExample;
import io.sentia.testkit.security.EndpointSecurityMatrix;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;

/**
 * Every forecasting endpoint against every kind of caller: reads for VIEWER and
 * {@code forecasts.read}, starting runs for OPERATOR and {@code forecasts.write}, and
 * another tenant never sees this tenant's runs, series or plans. Run execution is stubbed
 * (the matrix starts many runs back to back, which a real tenant may not); the series
 * come from the database, seeded for both tenants.
 */
@SpringBootTest(properties = "sentia.forecasting.run.schedule.enabled=false")
@AutoConfigureMockMvc
class ForecastingEndpointSecurityTests extends EndpointSecurityMatrix {

	private static final String TENANT = "5e471a00-0000-4000-8000-000000000001";

	private static final UUID RUN = UUID.fromString("7a6b0000-0000-4000-8000-0000000000aa");

	private static final UUID EVENT = UUID.fromString("e7e70000-0000-4000-8000-0000000000aa");

	private static final UUID TO_APPROVE = UUID.fromString("5a660000-0000-4000-8000-0000000000a1");

	private static final UUID TO_REJECT = UUID.fromString("5a660000-0000-4000-8000-0000000000a2");

	private static final UUID TO_EXECUTE = UUID.fromString("5a660000-0000-4000-8000-0000000000a3");

	private static final UUID OTHER_RUN = UUID.fromString("7a6b0000-0000-4000-8000-0000000000bb");

	private static final ForecastRun SUCCEEDED = new ForecastRun(RUN, "manual", ForecastRun.SUCCEEDED, "user-1", null,
			13, Instant.parse("2026-11-22T06:00:00Z"), Instant.parse("2026-11-22T06:00:01Z"),
			Instant.parse("2026-11-22T06:00:09Z"), LocalDate.of(2026, 11, 15), 4, 4, 1, null, null);

	@MockitoBean
	private RunService runs;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void seedRunsOfBothTenants() {
		given(this.runs.startManual(eq(TENANT), anyString())).willReturn(SUCCEEDED);
		given(this.runs.startManual(eq(otherTenant()), anyString()))
			.willReturn(new ForecastRun(OTHER_RUN, "manual", ForecastRun.QUEUED, "user-2", null, 13,
					Instant.parse("2026-11-22T06:00:00Z"), null, null, null, 0, 0, 0, null, null));
		given(this.runs.find(TENANT, RUN)).willReturn(Optional.of(SUCCEEDED));
		given(this.runs.recent(eq(TENANT), anyInt())).willReturn(List.of(SUCCEEDED));
		seed(TENANT, RUN, "MATRIX-WHISKY");
		seed(otherTenant(), OTHER_RUN, "OTHER-GIN");
		// One event the DELETE example removes, one the listing keeps showing.
		seedControls(TENANT, EVENT, "MATRIX-DELETABLE", "MATRIX-WHISKY");
		seedControls(TENANT, UUID.fromString("e7e70000-0000-4000-8000-0000000000ac"), "MATRIX-EVENT", "MATRIX-WHISKY");
		seedControls(otherTenant(), UUID.fromString("e7e70000-0000-4000-8000-0000000000bb"), "OTHER-EVENT",
				"OTHER-GIN");
		seedSuggestion(TENANT, RUN, TO_APPROVE, "MATRIX-WHISKY", true);
		seedSuggestion(TENANT, RUN, TO_REJECT, "MATRIX-RUM", true);
		seedSuggestion(TENANT, RUN, TO_EXECUTE, "MATRIX-VODKA", false);
		seedSuggestion(otherTenant(), OTHER_RUN, UUID.fromString("5a660000-0000-4000-8000-0000000000bb"), "OTHER-GIN",
				false);
	}

	private void seedSuggestion(String tenant, UUID run, UUID id, String sku, boolean requiresApproval) {
		this.jdbc.sql("""
				INSERT INTO purchase_suggestion (id, tenant_id, run_id, sku, location_id, quantity, requires_approval,
				    approval_reason, status, order_by, expected_arrival, explanation, created_at)
				VALUES (:id, :tenant, :run, :sku, 'unleashed:WH-LEITH', 60, :approval, 'matrix', 'open',
				    DATE '2026-11-22', DATE '2026-12-06', '{}', now())
				ON CONFLICT DO NOTHING
				""")
			.param("id", id)
			.param("tenant", tenant)
			.param("run", run)
			.param("sku", sku)
			.param("approval", requiresApproval)
			.update();
	}

	private void seedControls(String tenant, UUID event, String eventName, String sku) {
		this.jdbc.sql("""
				INSERT INTO calendar_event (id, tenant_id, name, starts_on, ends_on, created_by, created_at)
				VALUES (:id, :tenant, :name, DATE '2026-12-01', DATE '2026-12-02', 'matrix', now())
				ON CONFLICT DO NOTHING
				""").param("id", event).param("tenant", tenant).param("name", eventName).update();
		this.jdbc.sql("""
				INSERT INTO series_analogue (tenant_id, sku, channel, region, analogue_skus, scale, updated_by,
				    updated_at)
				VALUES (:tenant, :sku, 'shopify', 'UK', '{MATRIX-RUM}', 1, 'matrix', now())
				ON CONFLICT DO NOTHING
				""").param("tenant", tenant).param("sku", sku).update();
	}

	@Override
	protected String tenant() {
		return TENANT;
	}

	@Override
	protected Set<String> tenantMarkers() {
		return Set.of(TENANT, "MATRIX-WHISKY", RUN.toString());
	}

	@Override
	protected List<EndpointExample> examples() {
		String series = "/api/forecasting/v1/series/MATRIX-WHISKY:shopify:UK";
		return List.of(EndpointExample.post("/api/forecasting/v1/runs", null).expecting(202),
				EndpointExample.get("/api/forecasting/v1/runs").withTenantMarkers(RUN.toString()),
				EndpointExample.get("/api/forecasting/v1/runs/" + RUN).addressesObject(),
				EndpointExample.get("/api/forecasting/v1/runs/" + RUN + "/events")
					.header("Accept", "text/event-stream")
					.addressesObject(),
				EndpointExample.get("/api/forecasting/v1/series").withTenantMarkers("MATRIX-WHISKY"),
				EndpointExample.get(series + "/forecast").addressesObject(),
				EndpointExample.get(series + "/accuracy").addressesObject(),
				EndpointExample.get("/api/forecasting/v1/plans").withTenantMarkers("MATRIX-WHISKY"),
				EndpointExample.post("/api/forecasting/v1/forecasts:batch", """
						{"series": [{"series_id": "a", "season_length": 1, "horizon": 2, "values": [3, 4, 5]}]}"""),
				EndpointExample.put(series + "/overrides/2026-11-16", """
						{"quantity": 6, "reason": "matrix"}""").addressesObject(),
				EndpointExample.get(series + "/overrides").addressesObject(),
				EndpointExample.delete(series + "/overrides/2026-11-16?reason=matrix").addressesObject(),
				EndpointExample.get("/api/forecasting/v1/overrides/audit"),
				EndpointExample.post("/api/forecasting/v1/calendar/events", """
						{"name": "Matrix week", "from": "2026-11-16", "to": "2026-11-22"}""").expecting(201),
				EndpointExample.get("/api/forecasting/v1/calendar/events").withTenantMarkers("MATRIX-EVENT"),
				EndpointExample.delete("/api/forecasting/v1/calendar/events/" + EVENT).addressesObject(),
				EndpointExample.put(series + "/analogue", """
						{"analogueSkus": ["MATRIX-RUM"], "scale": 0.5}""").addressesObject(),
				EndpointExample.get(series + "/analogue").addressesObject(),
				EndpointExample.delete("/api/forecasting/v1/series/MATRIX-WHISKY:all:all/analogue").addressesObject(),
				EndpointExample.get("/api/forecasting/v1/suggestions").withTenantMarkers("MATRIX-WHISKY"),
				EndpointExample.get("/api/forecasting/v1/suggestions/" + TO_APPROVE).addressesObject(),
				EndpointExample.post("/api/forecasting/v1/suggestions/" + TO_APPROVE + "/approve", """
						{"reason":"matrix"}""").addressesObject(),
				EndpointExample.post("/api/forecasting/v1/suggestions/" + TO_REJECT + "/reject", """
						{"reason":"matrix"}""").addressesObject(),
				EndpointExample.post("/api/forecasting/v1/suggestions/" + TO_EXECUTE + "/execute", null)
					.addressesObject(),
				EndpointExample.get("/api/forecasting/v1/locations"),
				EndpointExample.get("/api/forecasting/v1/planning/service-levels"),
				EndpointExample.put("/api/forecasting/v1/planning/service-levels", """
						{"A":0.98}"""),
				EndpointExample.put("/api/forecasting/v1/locations/unleashed:WH-LEITH/regions", """
						{"regions":["UK","EU"]}"""));
	}

	private void seed(String tenant, UUID run, String sku) {
		this.jdbc.sql("""
				INSERT INTO forecast_run (id, tenant_id, trigger, status, horizon, created_at, finished_at, history_end)
				VALUES (:run, :tenant, 'manual', 'succeeded', 1, now(), now(), DATE '2026-11-15')
				ON CONFLICT DO NOTHING
				""").param("run", run).param("tenant", tenant).update();
		this.jdbc.sql("""
				INSERT INTO series_forecast (run_id, tenant_id, level, sku, channel, region, model, season_length,
				    first_week, history_end, observed, adjusted, adjusted_weeks, band, mase, naive_mase, wape)
				VALUES (:run, :tenant, 'bottom', :sku, 'shopify', 'UK', 'ETS(ANN)', 1, DATE '2026-11-09',
				    DATE '2026-11-15', '{4}', '{4}', 0, 'good', 0.5, 0.9, 20)
				ON CONFLICT DO NOTHING
				""").param("run", run).param("tenant", tenant).param("sku", sku).update();
		this.jdbc.sql("""
				INSERT INTO forecast_point (run_id, tenant_id, level, sku, channel, region, period_start, point,
				    lo80, hi80, lo90, hi90, lo95, hi95)
				VALUES (:run, :tenant, 'bottom', :sku, 'shopify', 'UK', DATE '2026-11-16', 4, 3, 5, 2, 6, 1, 7)
				ON CONFLICT DO NOTHING
				""").param("run", run).param("tenant", tenant).param("sku", sku).update();
		this.jdbc.sql("""
				INSERT INTO forecast_point (run_id, tenant_id, level, sku, channel, region, period_start, point,
				    lo80, hi80, lo90, hi90, lo95, hi95)
				VALUES (:run, :tenant, 'sku', :sku, 'all', 'all', DATE '2026-11-16', 4, 3, 5, 2, 6, 1, 7)
				ON CONFLICT DO NOTHING
				""").param("run", run).param("tenant", tenant).param("sku", sku).update();
		this.jdbc.sql("""
				INSERT INTO series_accuracy (run_id, tenant_id, sku, channel, region, model, windows, points, mase)
				VALUES (:run, :tenant, :sku, 'shopify', 'UK', 'auto', 1, 1, 0.5)
				ON CONFLICT DO NOTHING
				""").param("run", run).param("tenant", tenant).param("sku", sku).update();
	}

}
