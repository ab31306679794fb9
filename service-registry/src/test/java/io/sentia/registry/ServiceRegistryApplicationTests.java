package io.sentia.registry;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry over HTTP as services, the gateway, operators and strangers meet it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ServiceRegistryApplicationTests {

	private static final String REGISTRY = basic("sentia", "sentia-registry-dev-secret");

	private static final String OPERATIONS = basic("operations", "sentia-operations-dev-secret");

	private static final String INSTANCE = """
			{"instance":{"instanceId":"%s","hostName":"localhost","app":"%s","ipAddr":"127.0.0.1",
			"status":"UP","port":{"$":9999,"@enabled":"true"},
			"dataCenterInfo":{"@class":"com.netflix.appinfo.InstanceInfo$DefaultDataCenterInfo","name":"MyOwn"}}}
			""";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	@LocalServerPort
	private int port;

	@Test
	void servesTheRegistryOfApplicationsWithTheRegistryCredential() throws Exception {
		HttpResponse<String> response = get("/eureka/apps", "application/json", REGISTRY);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"applications\"");
	}

	@Test
	void acceptsARegistrationWithTheRegistryCredentialAndListsIt() throws Exception {
		assertThat(register("PROBE-SERVICE", "probe-1", REGISTRY).statusCode()).isEqualTo(204);

		HttpResponse<String> listed = get("/eureka/apps/PROBE-SERVICE", "application/json", REGISTRY);
		assertThat(listed.statusCode()).isEqualTo(200);
		assertThat(listed.body()).contains("probe-1");
	}

	@Test
	void refusesAnAnonymousRegistrationAndLeavesTheRegistryUnchanged() throws Exception {
		HttpResponse<String> response = register("INTRUDER-SERVICE", "intruder-1", null);

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying((challenge) -> assertThat(challenge).startsWith("Basic realm=\"sentia-registry\""));
		assertThat(get("/eureka/apps/INTRUDER-SERVICE", "application/json", REGISTRY).statusCode()).isEqualTo(404);
	}

	@Test
	void refusesARegistrationWithAWrongPasswordOrTheOperationsCredential() throws Exception {
		assertThat(register("INTRUDER-SERVICE", "intruder-2", basic("sentia", "guess")).statusCode()).isEqualTo(401);
		assertThat(register("INTRUDER-SERVICE", "intruder-3", OPERATIONS).statusCode()).isEqualTo(403);
	}

	@Test
	void refusesAnAnonymousDeRegistration() throws Exception {
		assertThat(register("VICTIM-SERVICE", "victim-1", REGISTRY).statusCode()).isEqualTo(204);

		HttpRequest deregister = request("/eureka/apps/VICTIM-SERVICE/victim-1", "application/json", null).DELETE()
			.build();
		assertThat(this.http.send(deregister, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(401);
		assertThat(get("/eureka/apps/VICTIM-SERVICE", "application/json", REGISTRY).body()).contains("victim-1");
	}

	@Test
	void refusesAnAnonymousReadOfTheRegistryAndTheDashboard() throws Exception {
		assertThat(get("/eureka/apps", "application/json", null).statusCode()).isEqualTo(401);
		assertThat(get("/", "text/html", null).statusCode()).isEqualTo(401);
	}

	@Test
	void reportsHealthToAnyoneAndPrometheusMetricsOnlyWithTheOperationsCredential() throws Exception {
		assertThat(get("/actuator/health", "application/json", null).body()).contains("\"status\":\"UP\"");
		assertThat(get("/actuator/prometheus", "text/plain", null).statusCode()).isEqualTo(401);
		assertThat(get("/actuator/prometheus", "text/plain", REGISTRY).statusCode()).isEqualTo(403);

		HttpResponse<String> metrics = get("/actuator/prometheus", "text/plain", OPERATIONS);
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("service=\"service-registry\"");
	}

	private HttpResponse<String> register(String app, String instanceId, String authorization) throws Exception {
		HttpRequest register = request("/eureka/apps/" + app, "application/json", authorization)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(INSTANCE.formatted(instanceId, app)))
			.build();
		return this.http.send(register, HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path, String accept, String authorization) throws Exception {
		return this.http.send(request(path, accept, authorization).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path, String accept, String authorization) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", accept);
		return (authorization != null) ? request.header("Authorization", authorization) : request;
	}

	private static String basic(String username, String password) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
