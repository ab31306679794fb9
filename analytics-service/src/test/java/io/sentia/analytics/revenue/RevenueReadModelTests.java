package io.sentia.analytics.revenue;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.sentia.events.EventHeaders;
import io.sentia.events.Money;
import io.sentia.events.OrderLine;
import io.sentia.events.OrderUpserted;
import io.sentia.events.Topics;
import io.sentia.servicekit.security.Role;
import io.sentia.testkit.InfrastructureTests;
import io.sentia.testkit.security.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Orders published to {@code commerce.orders.v1} reach the revenue API through the real
 * broker and database: grouped per currency, idempotent, newest snapshot wins, and a
 * poison record goes to the dead-letter topic without stopping the ones around it in its
 * batch; rows and totals always agree. Each test works in a month of its own, so the
 * tests do not see each other's orders.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RevenueReadModelTests extends InfrastructureTests {

	private static final String TENANT = "5e471a00-0000-4000-8000-000000000001";

	@LocalServerPort
	private int port;

	@Value("${spring.kafka.bootstrap-servers}")
	private String bootstrapServers;

	@Autowired
	private JsonMapper jsonMapper;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private MeterRegistry meters;

	@Autowired
	private OrderRevenueRepository repository;

	@Autowired
	private KafkaListenerEndpointRegistry listeners;

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

	@Test
	void groupsPublishedOrdersByRegionChannelAndDayWithoutAddingCurrencies() throws Exception {
		publish(order("shopify", "highland-harbour-uk", "1001", "shopify", "UK", "GBP", "2025-01-10T10:00:00Z", "open",
				"60.00", "40.00"));
		publish(order("amazon", "A1F83G8C2ARO7P", "202-0000001-0000001", "amazon", "UK", "GBP", "2025-01-10T23:30:00Z",
				"fulfilled", "50.50"));
		// Placed on the evening of 10 January in New York: 11 January in UTC.
		publish(order("shopify", "highland-harbour-us", "2001", "shopify", "US", "USD", "2025-01-11T03:00:00Z",
				"fulfilled", "80.00"));
		publish(order("shopify", "highland-harbour-eu", "3001", "shopify", "EU", "EUR", "2025-01-12T12:00:00Z",
				"refunded", "0.00"));
		publish(order("shopify", "highland-harbour-eu", "3002", "shopify", "EU", "EUR", "2025-01-12T13:00:00Z",
				"fulfilled", "40.00"));
		publish(order("unleashed", "highland-harbour", "SO-00000001", "wholesale", "UK", "GBP", "2025-01-31T09:00:00Z",
				"fulfilled", "1000.00"));
		publish(order("shopify", "highland-harbour-uk", "1002", "shopify", "UK", "GBP", "2025-02-01T00:00:00Z",
				"fulfilled", "999.00"));

		JsonNode byRegion = awaitRevenue("from=2025-01-01&to=2025-01-31&groupBy=region",
				(report) -> report.get("totals").size() == 3 && "1150.50".equals(total(report, "GBP")));

		assertThat(byRegion.get("from").asString()).isEqualTo("2025-01-01");
		assertThat(byRegion.get("groupBy").asString()).isEqualTo("region");
		assertThat(rows(byRegion)).containsExactly("EU EUR 40.00 2", "UK GBP 1150.50 3", "US USD 80.00 1");
		assertThat(totals(byRegion)).containsExactly("EUR 40.00 2", "GBP 1150.50 3", "USD 80.00 1");
		assertThat(rows(revenue("from=2025-01-01&to=2025-01-31&groupBy=channel"))).containsExactly("amazon GBP 50.50 1",
				"shopify EUR 40.00 2", "shopify GBP 100.00 1", "shopify USD 80.00 1", "wholesale GBP 1000.00 1");
		assertThat(rows(revenue("from=2025-01-01&to=2025-01-31"))).containsExactly("2025-01-10 GBP 150.50 2",
				"2025-01-11 USD 80.00 1", "2025-01-12 EUR 40.00 2", "2025-01-31 GBP 1000.00 1");
		assertThat(rows(revenue("from=2025-01-11&to=2025-01-11&groupBy=day")))
			.containsExactly("2025-01-11 USD 80.00 1");
	}

	@Test
	void theSameEventDeliveredTwiceChangesNothing() throws Exception {
		OrderUpserted order = order("shopify", "highland-harbour-uk", "4001", "shopify", "UK", "GBP",
				"2025-03-03T10:00:00Z", "fulfilled", "70.00")
			.event();
		UUID eventId = UUID.randomUUID();
		publish(order, eventId);
		publish(order, eventId);
		// A redelivery is recognised by its id, whatever it carries.
		publish(order("shopify", "highland-harbour-uk", "4001", "shopify", "UK", "GBP", "2025-03-03T10:00:00Z",
				"fulfilled", "999.00")
			.withUpdatedAt("2025-03-10T10:00:00Z")
			.event(), eventId);
		publish(order("shopify", "highland-harbour-uk", "4002", "shopify", "UK", "GBP", "2025-03-20T10:00:00Z",
				"fulfilled", "5.00"));

		JsonNode report = awaitRevenue("from=2025-03-01&to=2025-03-31",
				(revenue) -> rows(revenue).contains("2025-03-20 GBP 5.00 1"));

		assertThat(rows(report)).containsExactly("2025-03-03 GBP 70.00 1", "2025-03-20 GBP 5.00 1");
		assertThat(this.jdbc.sql("SELECT count(*) FROM processed_event WHERE consumer = ? AND event_id = ?")
			.param(OrderRevenueListener.CONSUMER)
			.param(eventId)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anOlderSnapshotArrivingAfterANewerOneIsIgnored() throws Exception {
		publish(order("shopify", "highland-harbour-uk", "5001", "shopify", "UK", "GBP", "2025-04-04T10:00:00Z",
				"partially_refunded", "60.00")
			.withUpdatedAt("2025-04-20T10:00:00Z"));
		publish(order("shopify", "highland-harbour-uk", "5001", "shopify", "UK", "GBP", "2025-04-04T10:00:00Z",
				"fulfilled", "90.00")
			.withUpdatedAt("2025-04-05T10:00:00Z"));
		publish(order("shopify", "highland-harbour-uk", "5002", "shopify", "UK", "GBP", "2025-04-25T10:00:00Z",
				"fulfilled", "5.00"));

		JsonNode report = awaitRevenue("from=2025-04-01&to=2025-04-30",
				(revenue) -> rows(revenue).contains("2025-04-25 GBP 5.00 1"));

		assertThat(rows(report)).containsExactly("2025-04-04 GBP 60.00 1", "2025-04-25 GBP 5.00 1");
	}

	@Test
	void aCancellationReplacesTheOrdersEarlierContribution() throws Exception {
		publish(order("shopify", "highland-harbour-uk", "6001", "shopify", "UK", "GBP", "2025-05-05T10:00:00Z", "open",
				"100.00", "20.00"));
		publish(order("shopify", "highland-harbour-uk", "6002", "shopify", "UK", "GBP", "2025-05-05T11:00:00Z",
				"fulfilled", "30.00"));
		awaitRevenue("from=2025-05-01&to=2025-05-31", (revenue) -> rows(revenue).contains("2025-05-05 GBP 150.00 2"));

		publish(order("shopify", "highland-harbour-uk", "6001", "shopify", "UK", "GBP", "2025-05-05T10:00:00Z",
				"cancelled", "0.00", "0.00")
			.withUpdatedAt("2025-05-05T18:00:00Z"));

		JsonNode report = awaitRevenue("from=2025-05-01&to=2025-05-31",
				(revenue) -> !rows(revenue).contains("2025-05-05 GBP 150.00 2"));
		assertThat(rows(report)).containsExactly("2025-05-05 GBP 30.00 1");
		assertThat(totals(report)).containsExactly("GBP 30.00 1");
	}

	@Test
	void ordersSeenForTheFirstTimeAreCountedWithTheirRevenueButUpdatesRedeliveriesAndCancellationsAreNot()
			throws Exception {
		// A region no other test uses, so the meters move only with this test's orders.
		OrderUpserted first = order("shopify", "highland-harbour-nz", "7001", "shopify", "NZ", "NZD",
				"2025-07-07T10:00:00Z", "open", "25.00")
			.event();
		UUID firstId = UUID.randomUUID();
		publish(first, firstId);
		publish(first, firstId);
		publish(order("shopify", "highland-harbour-nz", "7001", "shopify", "NZ", "NZD", "2025-07-07T10:00:00Z",
				"fulfilled", "30.00")
			.withUpdatedAt("2025-07-08T10:00:00Z"));
		publish(order("unleashed", "highland-harbour", "SO-7002", "wholesale", "NZ", "NZD", "2025-07-09T10:00:00Z",
				"fulfilled", "10.50"));
		publish(order("shopify", "highland-harbour-nz", "7003", "shopify", "NZ", "NZD", "2025-07-10T10:00:00Z",
				"cancelled", "0.00"));
		publish(order("etsy", "highland-harbour-etsy", "7004", "Etsy Marketplace", "NZ", "NZD", "2025-07-11T10:00:00Z",
				"fulfilled", "1.00"));

		awaitRevenue("from=2025-07-01&to=2025-07-31", (revenue) -> rows(revenue).contains("2025-07-11 NZD 1.00 1"));

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(count(OrderMeters.ORDERS, "region", "NZ", "channel", "shopify")).isEqualTo(1);
			assertThat(count(OrderMeters.ORDERS, "region", "NZ", "channel", "wholesale")).isEqualTo(1);
			assertThat(count(OrderMeters.ORDERS, "region", "NZ", "channel", "other")).as("a channel nobody names")
				.isEqualTo(1);
			assertThat(count(OrderMeters.REVENUE, "region", "NZ", "currency", "NZD")).as("25.00 + 10.50 + 1.00")
				.isEqualTo(36.5);
		});
		assertThat(this.meters.find(OrderMeters.ORDERS).counters())
			.noneMatch((counter) -> "Etsy Marketplace".equals(counter.getId().getTag("channel")));
	}

	private double count(String meter, String... tags) {
		Counter counter = this.meters.find(meter).tags(tags).counter();
		return (counter != null) ? counter.count() : 0;
	}

	@Test
	void aPoisonRecordInTheMiddleOfABatchIsDeadLetteredAndTheRecordsAroundItAreAppliedOnce() throws Exception {
		MessageListenerContainer listener = this.listeners.getListenerContainer(OrderRevenueListener.CONSUMER);
		assertThat(listener).isNotNull();
		// Stopped while the records are sent, so one poll hands over all of them.
		listener.stop();
		List<UUID> before = List.of(
				publish(order("shopify", "highland-harbour-uk", "8001", "shopify", "UK", "GBP", "2025-08-08T10:00:00Z",
						"fulfilled", "10.00")),
				publish(order("shopify", "highland-harbour-uk", "8002", "shopify", "UK", "GBP", "2025-08-08T11:00:00Z",
						"fulfilled", "20.00")));
		String poison = "{\"orderId\": \"8003\", not json " + UUID.randomUUID();
		RecordMetadata poisoned = send(
				new ProducerRecord<>(Topics.COMMERCE_ORDERS, 0, TENANT + ":shopify:highland-harbour-uk:8003", poison),
				UUID.randomUUID(), OrderUpserted.TYPE);
		List<UUID> after = List.of(
				publish(order("shopify", "highland-harbour-uk", "8004", "shopify", "UK", "GBP", "2025-08-09T10:00:00Z",
						"fulfilled", "40.00")),
				publish(order("shopify", "highland-harbour-uk", "8001", "shopify", "UK", "GBP", "2025-08-08T10:00:00Z",
						"partially_refunded", "8.00")
					.withUpdatedAt("2025-08-10T10:00:00Z")));
		listener.start();

		JsonNode report = awaitRevenue("from=2025-08-01&to=2025-08-31",
				(revenue) -> totals(revenue).contains("GBP 68.00 3"));
		assertThat(rows(report)).containsExactly("2025-08-08 GBP 28.00 2", "2025-08-09 GBP 40.00 1");
		for (UUID eventId : concat(before, after)) {
			assertThat(processedCount(eventId)).as("event %s processed", eventId).isEqualTo(1);
		}
		List<ConsumerRecord<String, String>> deadLetters = deadLetters(poison, Duration.ofSeconds(5));
		assertThat(deadLetters).as("the poison record, once").hasSize(1);
		assertThat(ByteBuffer.wrap(deadLetters.getFirst().headers().lastHeader("kafka_dlt-original-offset").value())
			.getLong()).isEqualTo(poisoned.offset());
	}

	@Test
	void rowsAndTotalsAgreeWhileOrdersAreWritten() throws Exception {
		LocalDate from = LocalDate.of(2025, 9, 1);
		LocalDate to = LocalDate.of(2025, 9, 30);
		AtomicBoolean writing = new AtomicBoolean(true);
		Thread writer = Thread.ofPlatform().start(() -> {
			for (int i = 0; writing.get() && i < 5_000; i++) {
				String currency = (i % 3 == 0) ? "EUR" : "GBP";
				Instant ordered = Instant.parse("2025-09-01T00:00:00Z").plus(Duration.ofHours(i % 600));
				this.repository.upsertAll(List
					.of(new OrderRevenue(TENANT, "shopify", "consistency", "9" + i, from.plusDays((i % 600) / 24),
							ordered, "UK", "shopify", "fulfilled", currency, new BigDecimal("1.25"),
							List.of(new OrderRevenue.Line("1", "SKU-1", 1, new BigDecimal("1.25"))), ordered)));
			}
		});
		try {
			for (int read = 0; read < 200; read++) {
				GroupedRevenue revenue = this.repository.revenue(TENANT, from, to, RevenueGrouping.DAY);
				Map<String, BigDecimal> rowSums = new TreeMap<>();
				Map<String, Long> rowOrders = new TreeMap<>();
				revenue.rows().forEach((row) -> {
					rowSums.merge(row.currency(), new BigDecimal(row.revenue()), BigDecimal::add);
					rowOrders.merge(row.currency(), row.orders(), Long::sum);
				});
				revenue.totals().forEach((total) -> {
					assertThat(new BigDecimal(total.revenue())).as("%s revenue", total.currency())
						.isEqualByComparingTo(rowSums.get(total.currency()));
					assertThat(total.orders()).as("%s orders", total.currency())
						.isEqualTo(rowOrders.get(total.currency()));
				});
				assertThat(revenue.totals()).hasSameSizeAs(rowSums.keySet());
			}
		}
		finally {
			writing.set(false);
			writer.join();
		}
	}

	@Test
	void aMalformedRecordGoesToTheDeadLetterTopicAndTheNextRecordIsStillProcessed() throws Exception {
		String poison = "{\"orderId\": \"7001\", not json " + UUID.randomUUID();
		send(new ProducerRecord<>(Topics.COMMERCE_ORDERS, 0, TENANT + ":shopify:highland-harbour-uk:7001", poison),
				UUID.randomUUID(), OrderUpserted.TYPE);
		publish(order("shopify", "highland-harbour-uk", "7002", "shopify", "UK", "GBP", "2025-06-06T10:00:00Z",
				"fulfilled", "42.00"));

		JsonNode report = awaitRevenue("from=2025-06-01&to=2025-06-30", (revenue) -> revenue.get("rows").size() > 0);
		assertThat(rows(report)).containsExactly("2025-06-06 GBP 42.00 1");

		List<ConsumerRecord<String, String>> deadLetters = deadLetters(poison, Duration.ofMinutes(1));
		assertThat(deadLetters).as("poison record on the dead-letter topic").isNotEmpty();
		ConsumerRecord<String, String> deadLetter = deadLetters.getFirst();
		assertThat(header(deadLetter, "kafka_dlt-original-topic")).isEqualTo(Topics.COMMERCE_ORDERS);
		assertThat(header(deadLetter, "kafka_dlt-exception-fqcn")).isNotBlank();
		assertThat(header(deadLetter, EventHeaders.TYPE)).isEqualTo(OrderUpserted.TYPE);
	}

	private static TestOrder order(String source, String store, String orderId, String channel, String region,
			String currency, String orderedAt, String status, String... lineTotals) {
		List<OrderLine> lines = new ArrayList<>();
		BigDecimal total = BigDecimal.ZERO;
		for (int i = 0; i < lineTotals.length; i++) {
			BigDecimal amount = new BigDecimal(lineTotals[i]);
			lines.add(new OrderLine(orderId + "-" + (i + 1), "HH-GIN-LD-70", (amount.signum() == 0) ? 0 : 1,
					new Money(amount, currency), new Money(amount, currency)));
			total = total.add(amount);
		}
		Instant ordered = Instant.parse(orderedAt);
		return new TestOrder(new OrderUpserted(TENANT, orderId, source, channel, region, store, status, ordered,
				ordered, currency, lines, new Money(total, currency)));
	}

	private UUID publish(TestOrder order) throws Exception {
		UUID eventId = UUID.randomUUID();
		publish(order.event(), eventId);
		return eventId;
	}

	private void publish(OrderUpserted order, UUID eventId) throws Exception {
		// One partition, so the records are consumed in the order the test sends them.
		send(new ProducerRecord<>(Topics.COMMERCE_ORDERS, 0, order.key(), this.jsonMapper.writeValueAsString(order)),
				eventId, order.eventType());
	}

	private RecordMetadata send(ProducerRecord<String, String> record, UUID eventId, String type) throws Exception {
		record.headers().add(EventHeaders.ID, bytes(eventId.toString()));
		record.headers().add(EventHeaders.TYPE, bytes(type));
		record.headers().add(EventHeaders.SOURCE, bytes("integrations-service"));
		record.headers().add(EventHeaders.TIME, bytes(Instant.now().toString()));
		record.headers().add(EventHeaders.TENANT, bytes(TENANT));
		return this.producer.send(record).get();
	}

	private int processedCount(UUID eventId) {
		return this.jdbc.sql("SELECT count(*) FROM processed_event WHERE consumer = ? AND event_id = ?")
			.param(OrderRevenueListener.CONSUMER)
			.param(eventId)
			.query(Integer.class)
			.single();
	}

	private static List<UUID> concat(List<UUID> first, List<UUID> second) {
		List<UUID> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}

	private JsonNode awaitRevenue(String query, Predicate<JsonNode> condition) throws Exception {
		return await().alias("revenue for " + query + " as expected")
			.atMost(Duration.ofMinutes(1))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> revenue(query), condition);
	}

	private JsonNode revenue(String query) throws Exception {
		try (HttpClient client = HttpClient.newHttpClient()) {
			HttpResponse<String> response = client.send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + this.port + "/api/analytics/v1/revenue?" + query))
				.header("Authorization", TestTokens.bearer(TestTokens.user(TENANT, Role.VIEWER)))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			return this.jsonMapper.readTree(response.body());
		}
	}

	/**
	 * Reads the dead-letter topic from the start for {@code wait}, or until a matching
	 * record and then nothing new for a second.
	 */
	private List<ConsumerRecord<String, String>> deadLetters(String value, Duration wait) {
		Properties properties = new Properties();
		properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers);
		properties.put(ConsumerConfig.GROUP_ID_CONFIG, "revenue-dlt-test-" + UUID.randomUUID());
		properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		List<ConsumerRecord<String, String>> found = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
				new StringDeserializer())) {
			consumer.subscribe(List.of(Topics.deadLetter(Topics.COMMERCE_ORDERS)));
			Instant deadline = Instant.now().plus(wait);
			Instant quietUntil = null;
			while (Instant.now().isBefore(deadline) && (quietUntil == null || Instant.now().isBefore(quietUntil))) {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
					if (value.equals(record.value())) {
						found.add(record);
						quietUntil = Instant.now().plusSeconds(1);
					}
				}
			}
		}
		return found;
	}

	private static List<String> rows(JsonNode report) {
		List<String> rows = new ArrayList<>();
		report.get("rows")
			.forEach((row) -> rows.add(row.get("key").asString() + " " + row.get("currency").asString() + " "
					+ row.get("revenue").asString() + " " + row.get("orders").asLong()));
		return rows;
	}

	private static List<String> totals(JsonNode report) {
		List<String> totals = new ArrayList<>();
		report.get("totals")
			.forEach((total) -> totals.add(total.get("currency").asString() + " " + total.get("revenue").asString()
					+ " " + total.get("orders").asLong()));
		return totals;
	}

	private static String total(JsonNode report, String currency) {
		for (JsonNode total : report.get("totals")) {
			if (currency.equals(total.get("currency").asString())) {
				return total.get("revenue").asString();
			}
		}
		return null;
	}

	private static String header(ConsumerRecord<?, ?> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	private static byte[] bytes(String value) {
		return value.getBytes(StandardCharsets.UTF_8);
	}

	/** An order snapshot under construction; by default updated when it was placed. */
	private record TestOrder(OrderUpserted event) {

		TestOrder withUpdatedAt(String updatedAt) {
			OrderUpserted order = this.event;
			return new TestOrder(new OrderUpserted(order.tenantId(), order.orderId(), order.source(), order.channel(),
					order.region(), order.store(), order.status(), order.orderedAt(), Instant.parse(updatedAt),
					order.currency(), order.lines(), order.total()));
		}

	}

}
