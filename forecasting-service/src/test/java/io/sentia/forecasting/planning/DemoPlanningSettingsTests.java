package io.sentia.forecasting.planning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.sentia.forecasting.ForecastingServiceTests;
import io.sentia.servicekit.security.Role;
import io.sentia.testkit.security.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Under the {@code demo} profile (as devstack runs it) the demo tenant's warehouses are
 * set up at start.
 */
@ActiveProfiles(DemoPlanningSettings.PROFILE)
class DemoPlanningSettingsTests extends ForecastingServiceTests {

	@Test
	void theDemoTenantsWarehousesServeTheirRegions() throws Exception {
		String demo = DemoPlanningSettings.DEMO_TENANT_ID;
		Map<String, List<String>> regions = new LinkedHashMap<>();
		json(get("/api/forecasting/v1/locations", TestTokens.user(demo, Role.VIEWER)))
			.forEach((location) -> regions.put(location.get("locationId").asString(),
					location.get("regions").valueStream().map(JsonNode::asString).toList()));

		assertThat(regions).containsEntry("unleashed:WH-LEITH", List.of("UK", "EU"))
			.containsEntry("unleashed:WH-NEWARK", List.of("US"));
	}

}
