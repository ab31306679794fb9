package io.sentia.registry;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ServiceRegistryApplicationTests {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	@LocalServerPort
	private int port;

	@Test
	void servesTheRegistryOfApplications() throws Exception {
		HttpResponse<String> response = get("/eureka/apps", "application/json");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"applications\"");
	}

	@Test
	void acceptsARegistrationAndListsIt() throws Exception {
		String instance = """
				{"instance":{"instanceId":"probe-1","hostName":"localhost","app":"PROBE-SERVICE","ipAddr":"127.0.0.1",
				"status":"UP","port":{"$":9999,"@enabled":"true"},
				"dataCenterInfo":{"@class":"com.netflix.appinfo.InstanceInfo$DefaultDataCenterInfo","name":"MyOwn"}}}
				""";
		HttpRequest register = HttpRequest.newBuilder(uri("/eureka/apps/PROBE-SERVICE"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(instance))
			.build();

		assertThat(this.http.send(register, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(204);
		assertThat(get("/eureka/apps/PROBE-SERVICE", "application/json").body()).contains("probe-1");
	}

	@Test
	void reportsHealthAndPrometheusMetricsTaggedWithItsName() throws Exception {
		assertThat(get("/actuator/health", "application/json").body()).contains("\"status\":\"UP\"");
		assertThat(get("/actuator/prometheus", "text/plain").body()).contains("service=\"service-registry\"");
	}

	private HttpResponse<String> get(String path, String accept) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET().build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
