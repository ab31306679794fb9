package io.sentia.analytics.revenue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import io.sentia.events.EventHeaders;
import io.sentia.events.Money;
import io.sentia.events.OrderLine;
import io.sentia.events.OrderUpserted;
import io.sentia.events.Topics;
import io.sentia.testkit.InfrastructureTests;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Measures how fast the revenue consumer reads a backlog the size of the demo tenant's
 * order history. Not part of the normal build: {@code bench/analytics/consume.sh} runs it
 * with {@code -Dsentia.measure=true} and keeps the figures. The listener starts only
 * after the whole backlog is on the topic, so the time is consumption alone; it asserts
 * that every event was applied (never how long that took).
 */
@SpringBootTest(properties = "spring.kafka.listener.auto-startup=false")
@EnabledIfSystemProperty(named = "sentia.measure", matches = "true")
class RevenueConsumptionMeasurementTests extends InfrastructureTests {

	private static final String TENANT = "5e471a00-0000-4000-8000-000000000001";

	/** About what the demo dataset publishes to {@code commerce.orders.v1}. */
	private static final int EVENTS = Integer.getInteger("sentia.measure.events", 32_000);

	private static final List<Store> STORES = List.of(
			new Store("shopify", "highland-harbour-uk", "shopify", "UK", "GBP"),
			new Store("shopify", "highland-harbour-eu", "shopify", "EU", "EUR"),
			new Store("shopify", "highland-harbour-us", "shopify", "US", "USD"),
			new Store("amazon", "A1F83G8C2ARO7P", "amazon", "UK", "GBP"),
			new Store("unleashed", "highland-harbour", "wholesale", "UK", "GBP"));

	@Value("${spring.kafka.bootstrap-servers}")
	private String bootstrapServers;

	@Autowired
	private JsonMapper jsonMapper;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private KafkaListenerEndpointRegistry listeners;

	@Test
	void consumesTheDemoSizedOrderBacklog() throws Exception {
		Backlog backlog = backlog(new Random(20251122L));
		publish(backlog.events());
		MessageListenerContainer container = this.listeners.getListenerContainer(OrderRevenueListener.CONSUMER);
		assertThat(container).isNotNull();

		long started = System.nanoTime();
		container.start();
		AtomicLong firstAppliedAt = new AtomicLong();
		await().alias("backlog consumed")
			.atMost(Duration.ofMinutes(15))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> {
				int applied = processed();
				if (applied > 0) {
					firstAppliedAt.compareAndSet(0, System.nanoTime());
				}
				return applied >= backlog.events().size();
			});
		long firstApplied = firstAppliedAt.get();
		long finished = System.nanoTime();

		assertThat(this.jdbc.sql("SELECT count(*) FROM order_revenue").query(Integer.class).single())
			.isEqualTo(backlog.orders());
		assertThat(this.jdbc.sql("SELECT coalesce(sum(total_amount), 0) FROM order_revenue WHERE status <> 'cancelled'")
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo(backlog.revenue());
		report(backlog, started, firstApplied, finished);
	}

	private int processed() {
		return this.jdbc.sql("SELECT count(*) FROM processed_event WHERE consumer = :consumer")
			.param("consumer", OrderRevenueListener.CONSUMER)
			.query(Integer.class)
			.single();
	}

	/**
	 * Orders over two years across the demo's stores, in time order: every order opens,
	 * most are later fulfilled, a few cancelled or partly refunded, so some orders have
	 * several snapshots.
	 */
	private static Backlog backlog(Random random) {
		List<OrderUpserted> events = new ArrayList<>();
		List<OrderUpserted> later = new ArrayList<>();
		BigDecimal revenue = BigDecimal.ZERO;
		Instant time = Instant.parse("2024-01-01T00:00:00Z");
		int orders = 0;
		while (events.size() + later.size() < EVENTS) {
			time = time.plusSeconds(600 + random.nextInt(2400));
			Store store = STORES.get(random.nextInt(STORES.size()));
			String orderId = String.valueOf(100_000 + orders++);
			List<OrderLine> lines = new ArrayList<>();
			for (int line = 0, count = 1 + random.nextInt(3); line < count; line++) {
				int quantity = 1 + random.nextInt(3);
				BigDecimal price = BigDecimal.valueOf(1500 + random.nextInt(4500), 2);
				lines.add(new OrderLine(orderId + "-" + line, "HH-SKU-" + random.nextInt(40), quantity,
						new Money(price, store.currency()),
						new Money(price.multiply(BigDecimal.valueOf(quantity)), store.currency())));
			}
			BigDecimal total = lines.stream()
				.map((line) -> line.lineTotal().amount())
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			events.add(order(store, orderId, "open", time, time, lines, total));
			double fate = random.nextDouble();
			if (fate < 0.03) {
				later.add(order(store, orderId, "cancelled", time, time.plusSeconds(3600), lines, BigDecimal.ZERO));
			}
			else if (fate < 0.06) {
				BigDecimal kept = total.multiply(new BigDecimal("0.5")).setScale(2, RoundingMode.HALF_UP);
				later.add(order(store, orderId, "partially_refunded", time, time.plusSeconds(86_400 * 3), lines, kept));
				revenue = revenue.add(kept);
			}
			else if (fate < 0.75) {
				later.add(order(store, orderId, "fulfilled", time, time.plusSeconds(86_400), lines, total));
				revenue = revenue.add(total);
			}
			else {
				revenue = revenue.add(total);
			}
			// Later snapshots follow the orders placed meanwhile, as they would in time.
			if (later.size() >= 50) {
				events.addAll(later);
				later.clear();
			}
		}
		events.addAll(later);
		return new Backlog(events, orders, revenue);
	}

	private static OrderUpserted order(Store store, String orderId, String status, Instant orderedAt, Instant updatedAt,
			List<OrderLine> lines, BigDecimal total) {
		return new OrderUpserted(TENANT, orderId, store.source(), store.channel(), store.region(), store.store(),
				status, orderedAt, updatedAt, store.currency(), lines, new Money(total, store.currency()));
	}

	private void publish(List<OrderUpserted> events) throws Exception {
		Properties properties = new Properties();
		properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers);
		properties.put(ProducerConfig.ACKS_CONFIG, "all");
		properties.put(ProducerConfig.LINGER_MS_CONFIG, 20);
		properties.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties, new StringSerializer(),
				new StringSerializer())) {
			List<Future<RecordMetadata>> sent = new ArrayList<>();
			for (OrderUpserted order : events) {
				ProducerRecord<String, String> record = new ProducerRecord<>(Topics.COMMERCE_ORDERS, order.key(),
						this.jsonMapper.writeValueAsString(order));
				record.headers().add(EventHeaders.ID, bytes(UUID.randomUUID().toString()));
				record.headers().add(EventHeaders.TYPE, bytes(OrderUpserted.TYPE));
				record.headers().add(EventHeaders.SOURCE, bytes("integrations-service"));
				record.headers().add(EventHeaders.TIME, bytes(order.updatedAt().toString()));
				record.headers().add(EventHeaders.TENANT, bytes(TENANT));
				record.headers()
					.add(EventHeaders.TRACEPARENT,
							bytes("00-" + UUID.randomUUID().toString().replace("-", "") + "-0123456789abcdef-01"));
				sent.add(producer.send(record));
			}
			for (Future<RecordMetadata> result : sent) {
				result.get();
			}
		}
	}

	private void report(Backlog backlog, long started, long firstApplied, long finished) throws IOException {
		int events = backlog.events().size();
		double total = (finished - started) / 1e9;
		double steady = (finished - firstApplied) / 1e9;
		String line = String.format(Locale.ROOT,
				"%s events=%d orders=%d total_s=%.1f records_per_s=%.0f from_first_applied_s=%.1f"
						+ " steady_records_per_s=%.0f cores=%d load_avg=%s%n",
				Instant.now(), events, backlog.orders(), total, events / total, steady, events / steady,
				Runtime.getRuntime().availableProcessors(), loadAverage());
		Path report = Path.of(System.getProperty("sentia.measure.report", "target/revenue-consumption.txt"));
		Files.writeString(report, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
	}

	private static String loadAverage() throws IOException {
		Path loadavg = Path.of("/proc/loadavg");
		if (!Files.exists(loadavg)) {
			return "n/a";
		}
		String[] fields = Files.readString(loadavg).split(" ");
		return fields[0] + "/" + fields[1] + "/" + fields[2];
	}

	private static byte[] bytes(String value) {
		return value.getBytes(StandardCharsets.UTF_8);
	}

	private record Store(String source, String store, String channel, String region, String currency) {
	}

	private record Backlog(List<OrderUpserted> events, int orders, BigDecimal revenue) {
	}

}
