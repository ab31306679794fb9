package io.sentia.devstack;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static io.sentia.devstack.E2EPlatform.JSON;
import static io.sentia.devstack.E2EPlatform.REVENUE_PATH;
import static io.sentia.devstack.E2EPlatform.eventually;
import static io.sentia.devstack.E2EPlatform.partnerGet;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform as an operator sees it: every part healthy, and a killed service reported
 * and answered for with 503 until it is back.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(E2EPlatform.class)
@Order(1)
class PlatformE2ETests {

	private static String gateway;

	@BeforeAll
	static void usePlatform() {
		gateway = E2EPlatform.gateway();
	}

	@Test
	@Order(1)
	void detailedHealthIsUpWhenEverythingRuns() throws Exception {
		JsonNode health = eventually(Duration.ofSeconds(90), () -> {
			HttpResponse<String> response = E2EPlatform.operatorGet(gateway + "/health/detailed");
			JsonNode body = JSON.readTree(response.body());
			return (response.statusCode() == 200 && "UP".equals(body.path("status").asString())) ? body : null;
		});
		assertThat(health.path("status").asString()).isEqualTo("UP");
	}

	@Test
	@Order(2)
	void aKilledServiceIsReportedAndItsRouteAnswers503UntilItIsBack() throws Exception {
		E2EPlatform.platform().kill("analytics-service");
		JsonNode degraded = eventually(Duration.ofMinutes(2), () -> {
			HttpResponse<String> response = E2EPlatform.operatorGet(gateway + "/health/detailed");
			JsonNode body = JSON.readTree(response.body());
			return (response.statusCode() == 200 && "DEGRADED".equals(body.path("status").asString())) ? body : null;
		});
		assertThat(degraded.toString()).contains("analytics-service");
		HttpResponse<String> unavailable = partnerGet(REVENUE_PATH);
		assertThat(unavailable.statusCode()).isEqualTo(503);
		assertThat(unavailable.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(JSON.readTree(unavailable.body()).path("detail").asString()).contains("analytics-service");

		E2EPlatform.platform().restart("analytics-service");
		eventually(Duration.ofMinutes(2), () -> {
			HttpResponse<String> response = E2EPlatform.operatorGet(gateway + "/health/detailed");
			return (response.statusCode() == 200
					&& "UP".equals(JSON.readTree(response.body()).path("status").asString())) ? true : null;
		});
		eventually(Duration.ofMinutes(1), () -> (partnerGet(REVENUE_PATH).statusCode() == 200) ? true : null);
	}

}
