package io.sentia.servicekit.health;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import io.sentia.servicekit.testapp.Http;
import io.sentia.servicekit.testapp.ServiceKitTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The probes Kubernetes and the gateway use: liveness says only that the JVM is alive,
 * readiness that the database and Kafka answer.
 */
class HealthProbesTests extends ServiceKitTestSupport {

	@Test
	void readinessReportsDatabaseAndKafka() {
		HttpResponse<String> response = http().get("/actuator/health/readiness");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode health = Http.json(response);
		assertThat(health.get("status").asString()).isEqualTo("UP");
		assertThat(componentNames(health)).containsExactlyInAnyOrder("readinessState", "db", "kafka");
		assertThat(health.at("/components/db/status").asString()).isEqualTo("UP");
		assertThat(health.at("/components/kafka/status").asString()).isEqualTo("UP");
		assertThat(health.at("/components/kafka/details/nodes").asInt()).isPositive();
	}

	@Test
	void livenessDependsOnNothingOutsideTheProcess() {
		HttpResponse<String> response = http().get("/actuator/health/liveness");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(componentNames(Http.json(response))).containsExactly("livenessState");
	}

	private static List<String> componentNames(JsonNode health) {
		List<String> names = new ArrayList<>();
		health.get("components").propertyNames().forEach(names::add);
		return names;
	}

}
