package io.sentia.integrations.demo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import io.sentia.events.EventHeaders;
import io.sentia.events.SentiaEvent;
import io.sentia.events.Topics;
import io.sentia.servicekit.outbox.OutboxPublisher;
import io.sentia.servicekit.observability.TraceHeaders;
import io.sentia.servicekit.security.Role;
import io.sentia.testkit.InfrastructureTests;
import io.sentia.testkit.security.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo source loads a 60-day slice on start-up through the real outbox into a real
 * Kafka broker, and a load that fails half-way resumes without publishing anything twice.
 */
@ActiveProfiles(DemoProfile.NAME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "sentia.demo.days=60", "sentia.demo.batch-size=400" })
class DemoDatasetLoadingTests extends InfrastructureTests {

	private static final List<String> TOPICS = List.of(Topics.CATALOG_PRODUCTS, Topics.COMMERCE_ORDERS,
			Topics.INVENTORY_LEVELS, Topics.PURCHASING_ORDERS, Topics.FINANCE_INVOICES, Topics.FINANCE_PAYMENTS);

	@LocalServerPort
	private int port;

	@Value("${spring.kafka.bootstrap-servers}")
	private String bootstrapServers;

	@Autowired
	private DemoDatasets datasets;

	@Autowired
	private DemoLoadRepository repository;

	@Autowired
	private OutboxPublisher outbox;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private JsonMapper jsonMapper;

	@Autowired
	private TraceHeaders traceHeaders;

	@Test
	void publishesEveryEventOfTheSliceToKafkaExactlyOnceWithCloudEventHeaders() {
		DemoDatasetSpec spec = this.datasets.spec();
		assertThat(spec.firstDay()).isEqualTo(LocalDate.of(2026, 9, 2));
		List<SentiaEvent> events = DemoDatasetGenerator.generate(spec).events();
		Map<String, Integer> expected = new HashMap<>();
		for (SentiaEvent event : events) {
			expected.merge(record(event.topic(), event.key(), this.jsonMapper.writeValueAsString(event)), 1,
					Integer::sum);
		}
		assertThat(expected).hasSize(events.size());

		Map<String, Integer> received = new HashMap<>();
		Set<String> eventIds = new HashSet<>();
		try (KafkaConsumer<String, String> consumer = consumer()) {
			consumer.subscribe(TOPICS);
			Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
			Instant quietUntil = null;
			// Read until every event arrived, then a little longer to catch duplicates.
			while (quietUntil == null || Instant.now().isBefore(quietUntil)) {
				assertThat(Instant.now()).as("all %d events on Kafka", events.size()).isBefore(deadline);
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
					if (!spec.tenantId().equals(header(record, EventHeaders.TENANT))) {
						continue;
					}
					received.merge(record(record.topic(), record.key(), record.value()), 1, Integer::sum);
					assertThat(eventIds.add(header(record, EventHeaders.ID))).as("ce_id is unique").isTrue();
					assertCloudEventHeaders(record, spec.tenantId());
				}
				if (quietUntil == null
						&& received.values().stream().mapToInt(Integer::intValue).sum() >= events.size()) {
					quietUntil = Instant.now().plusSeconds(3);
				}
			}
		}
		assertThat(received).isEqualTo(expected);
	}

	@Test
	void reportsTheDatasetSummaryAndThatItIsLoaded() throws Exception {
		DemoDatasetSpec spec = this.datasets.spec();
		awaitTrue(() -> this.repository.find(spec.tenantId(), spec.datasetId())
			.map(DemoLoadProgress::finished)
			.orElse(false));

		JsonNode body = this.jsonMapper.readTree(get("/api/integrations/v1/demo/dataset"));

		DemoDatasetSummary summary = DemoDatasetSummary.of(DemoDatasetGenerator.generate(spec));
		assertThat(body.get("version").asString()).isEqualTo("hhs-v2");
		assertThat(body.get("seed").asLong()).isEqualTo(20261031L);
		assertThat(body.get("firstDay").asString()).isEqualTo("2026-09-02");
		assertThat(body.get("lastDay").asString()).isEqualTo("2026-10-31");
		assertThat(body.get("orders").asInt()).isEqualTo(summary.orders()).isPositive();
		assertThat(body.get("eventCounts").get("sentia.commerce.order.upserted.v1").asInt())
			.isEqualTo(summary.eventCounts().get("sentia.commerce.order.upserted.v1"));
		JsonNode gbp = body.get("byCurrency").get(1);
		assertThat(gbp.get("currency").asString()).isEqualTo("GBP");
		assertThat(gbp.get("revenue").isString()).isTrue();
		assertThat(gbp.get("revenue").asString()).isEqualTo(summary.byCurrency().get(1).revenue());
		assertThat(body.get("bySalesChannel")).hasSize(6);
		JsonNode load = body.get("load");
		assertThat(load.get("state").asString()).isEqualTo("loaded");
		assertThat(load.get("percent").asInt()).isEqualTo(100);
		assertThat(load.get("eventsPublished").asInt()).isEqualTo(summary.events());
		assertThat(load.get("batchesDone").asInt()).isEqualTo(load.get("batchesTotal").asInt())
			.isEqualTo((summary.events() + 399) / 400);
	}

	@Test
	void resumesAfterAFailedBatchWithoutPublishingAnyEventTwice() {
		DemoDatasetSpec spec = new DemoDatasetSpec(UUID.randomUUID().toString(), 7L, LocalDate.of(2026, 10, 25),
				LocalDate.of(2026, 10, 31));
		DemoDatasets resumable = new DemoDatasets(spec);
		int total = DemoDatasetGenerator.generate(spec).events().size();
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);

		DemoDatasetLoader crashing = new DemoDatasetLoader(resumable, this.repository, failingAfter(250), transaction,
				100);
		crashing.start();
		awaitTrue(() -> crashing.lastError() != null);
		crashing.stop();
		assertThat(this.repository.find(spec.tenantId(), spec.datasetId()).orElseThrow().eventsPublished())
			.isEqualTo(200);
		assertThat(outboxRows(spec.tenantId())).isEqualTo(200);
		List<UUID> firstBatches = outboxIds(spec.tenantId());

		DemoDatasetLoader restarted = new DemoDatasetLoader(resumable, this.repository, this.outbox, transaction, 100);
		restarted.start();
		awaitTrue(() -> this.repository.find(spec.tenantId(), spec.datasetId())
			.map(DemoLoadProgress::finished)
			.orElse(false));
		restarted.stop();

		assertThat(outboxRows(spec.tenantId())).isEqualTo(total);
		assertThat(this.jdbc.sql("SELECT count(DISTINCT (event_key, payload)) FROM outbox_event WHERE tenant_id = ?")
			.param(spec.tenantId())
			.query(Integer.class)
			.single()).isEqualTo(total);
		assertThat(outboxIds(spec.tenantId())).startsWith(firstBatches.toArray(UUID[]::new));

		DemoDatasetLoader again = new DemoDatasetLoader(resumable, this.repository, this.outbox, transaction, 100);
		again.start();
		again.stop();
		assertThat(outboxRows(spec.tenantId())).as("a loaded dataset is not loaded again").isEqualTo(total);
	}

	private OutboxPublisher failingAfter(int publishes) {
		AtomicInteger count = new AtomicInteger();
		return new OutboxPublisher(this.jdbc, this.jsonMapper, this.traceHeaders, "integrations-service",
				Clock.systemUTC()) {

			@Override
			public void publish(SentiaEvent event) {
				if (count.incrementAndGet() > publishes) {
					throw new IllegalStateException("simulated crash after " + publishes + " events");
				}
				super.publish(event);
			}

		};
	}

	private int outboxRows(String tenantId) {
		return this.jdbc.sql("SELECT count(*) FROM outbox_event WHERE tenant_id = ?")
			.param(tenantId)
			.query(Integer.class)
			.single();
	}

	private List<UUID> outboxIds(String tenantId) {
		return this.jdbc.sql("SELECT id FROM outbox_event WHERE tenant_id = ? ORDER BY seq")
			.param(tenantId)
			.query(UUID.class)
			.list();
	}

	private static void assertCloudEventHeaders(ConsumerRecord<String, String> record, String tenantId) {
		assertThat(UUID.fromString(header(record, EventHeaders.ID))).isNotNull();
		assertThat(header(record, EventHeaders.TYPE)).startsWith("sentia.").endsWith(".v1");
		assertThat(header(record, EventHeaders.SOURCE)).isEqualTo("integrations-service");
		assertThat(Instant.parse(header(record, EventHeaders.TIME))).isNotNull();
		assertThat(record.key()).startsWith(tenantId + ":");
	}

	private KafkaConsumer<String, String> consumer() {
		Properties properties = new Properties();
		properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers);
		properties.put(ConsumerConfig.GROUP_ID_CONFIG, "demo-loading-test-" + UUID.randomUUID());
		properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
		return new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
	}

	private static String record(String topic, String key, String payload) {
		return topic + "\n" + key + "\n" + payload;
	}

	private static String header(ConsumerRecord<?, ?> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	private String get(String path) throws Exception {
		try (HttpClient client = HttpClient.newHttpClient()) {
			HttpResponse<String> response = client
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
					.header("Authorization",
							TestTokens.bearer(TestTokens.user(this.datasets.spec().tenantId(), Role.VIEWER)))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(200);
			return response.body();
		}
	}

	private static void awaitTrue(Callable<Boolean> condition) {
		await().atMost(Duration.ofMinutes(2)).until(condition);
	}

}
