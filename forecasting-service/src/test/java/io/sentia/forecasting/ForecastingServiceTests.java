package io.sentia.forecasting;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.sentia.events.EventHeaders;
import io.sentia.events.SentiaEvent;
import io.sentia.servicekit.security.Role;
import io.sentia.testkit.InfrastructureTests;
import io.sentia.testkit.security.TestTokens;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole service on real PostgreSQL and Kafka, one context (and database) shared by
 * every test class extending this; tests keep apart by using tenants of their own. The
 * daily schedule is off so it starts no runs behind a test's back.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"sentia.forecasting.run.schedule.enabled=false", "sentia.forecasting.run.progress-interval=100ms" })
public abstract class ForecastingServiceTests extends InfrastructureTests {

	protected static final Duration PATIENCE = Duration.ofSeconds(60);

	@LocalServerPort
	protected int port;

	@Value("${spring.kafka.bootstrap-servers}")
	protected String bootstrapServers;

	@Autowired
	protected JsonMapper jsonMapper;

	protected final HttpClient http = HttpClient.newHttpClient();

	private KafkaProducer<String, String> producer;

	@BeforeEach
	void openProducer() {
		Properties properties = new Properties();
		properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers);
		properties.put(ProducerConfig.ACKS_CONFIG, "all");
		this.producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
	}

	@AfterEach
	void closeProducer() {
		this.producer.close();
	}

	protected static String newTenant() {
		return UUID.randomUUID().toString();
	}

	/** Publishes an event as the outbox relay would, under the given event id. */
	protected void publish(SentiaEvent event, UUID eventId)
			throws InterruptedException, ExecutionException, TimeoutException {
		ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.key(),
				this.jsonMapper.writeValueAsString(event));
		record.headers().add(EventHeaders.ID, eventId.toString().getBytes(StandardCharsets.UTF_8));
		record.headers().add(EventHeaders.TYPE, event.eventType().getBytes(StandardCharsets.UTF_8));
		record.headers().add(EventHeaders.SOURCE, "integrations-service".getBytes(StandardCharsets.UTF_8));
		record.headers().add(EventHeaders.TIME, "2026-11-22T06:00:00Z".getBytes(StandardCharsets.UTF_8));
		record.headers().add(EventHeaders.TENANT, event.tenantId().getBytes(StandardCharsets.UTF_8));
		this.producer.send(record).get(10, TimeUnit.SECONDS);
	}

	protected UUID publish(SentiaEvent event) throws InterruptedException, ExecutionException, TimeoutException {
		UUID id = UUID.randomUUID();
		publish(event, id);
		return id;
	}

	protected HttpResponse<String> get(String path, String token) throws Exception {
		return this.http.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	protected HttpResponse<String> post(String path, String token, String json) throws Exception {
		HttpRequest.Builder builder = request(path, token).header("Content-Type", "application/json")
			.POST((json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody());
		return this.http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
	}

	protected HttpResponse<String> put(String path, String token, String json) throws Exception {
		return this.http.send(request(path, token).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	protected HttpRequest.Builder request(String path, String token) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(PATIENCE);
		return (token != null) ? builder.header("Authorization", "Bearer " + token) : builder;
	}

	protected JsonNode json(HttpResponse<String> response) {
		return this.jsonMapper.readTree(response.body());
	}

	/** Waits for a run to finish and fails unless it succeeded. */
	protected void awaitRunSucceeded(String tenant, String runId) throws Exception {
		String token = TestTokens.user(tenant, Role.VIEWER);
		String status = await().alias("run " + runId + " finished")
			.atMost(PATIENCE.multipliedBy(3))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> json(get("/api/forecasting/v1/runs/" + runId, token)).get("status").asString(),
					(seen) -> seen.equals("succeeded") || seen.equals("failed"));
		assertThat(status).as("run %s", runId).isEqualTo("succeeded");
	}

}
