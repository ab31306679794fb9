package io.sentia.forecasting.planning;

import java.time.OffsetDateTime;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo tenant's warehouses as its planner would set them up: Leith serves the UK and
 * the EU, the Newark 3PL the US (its FBA locations need no setting). Written once at
 * start, only under the {@code demo} profile; a planner's later change is kept.
 */
class DemoPlanningSettings implements ApplicationRunner {

	/** The Spring profile that sets the demo tenant up. */
	static final String PROFILE = "demo";

	/** The demo tenant of auth-service and integrations-service. */
	static final String DEMO_TENANT_ID = "5e471a00-0000-4000-8000-000000000001";

	private static final Map<String, String[]> REGIONS = Map.of("unleashed:WH-LEITH", new String[] { "UK", "EU" },
			"unleashed:WH-NEWARK", new String[] { "US" });

	private final JdbcClient jdbc;

	DemoPlanningSettings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		REGIONS.forEach((location, regions) -> this.jdbc.sql("""
				INSERT INTO location_region (tenant_id, location_id, regions, updated_by, updated_at)
				VALUES (:tenant, :location, :regions, 'demo-setup', :at)
				ON CONFLICT DO NOTHING
				""")
			.param("tenant", DEMO_TENANT_ID)
			.param("location", location)
			.param("regions", regions)
			.param("at", OffsetDateTime.now())
			.update());
	}

}
