package io.sentia.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import io.sentia.events.EventHeaders;
import io.sentia.events.Money;
import io.sentia.events.OrderLine;
import io.sentia.events.OrderUpserted;
import io.sentia.events.ProductUpserted;
import io.sentia.events.SentiaEvent;
import io.sentia.events.Supplier;
import io.sentia.events.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prepares and measures the analytics bench on a running platform ({@code ./sentia up}):
 * not part of any build, {@code bench/analytics/tenfold.sh} runs it with
 * {@code -Dsentia.measure=true}.
 * <ol>
 * <li>Creates the synthetic tenant {@code bench-tenfold} the way a platform operator does
 * (its first ADMIN is the demo's ADMIN, so no invitation is needed), and a partner client
 * of it with {@code analytics.read}, created by that ADMIN through the gateway. The
 * credentials go to {@code .devstack/bench-tenfold.properties} for the load test.</li>
 * <li>Publishes its catalogue (400 SKUs) and about 300,000 orders over three years onto
 * {@code commerce.orders.v1} as producers do, as fast as one producer can, and watches
 * the lag of analytics' consumer group: the backlog's consumption rate.</li>
 * <li>Publishes bursts of order updates at a fixed rate and reports how long after each
 * burst ended the lag was back to zero.</li>
 * </ol>
 * It asserts only that every event was consumed, never how fast: the figures go to
 * {@code bench/analytics/results/consume-platform.txt}.
 */
@EnabledIfSystemProperty(named = "sentia.measure", matches = "true")
class AnalyticsBenchTenantMeasurementTests {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private static final String GATEWAY = System.getProperty("sentia.bench.gateway", "http://localhost:8080");

	private static final String KAFKA = System.getProperty("sentia.bench.kafka", "localhost:19092");

	private static final int ORDERS = Integer.getInteger("sentia.bench.orders", 300_000);

	private static final int SKUS = Integer.getInteger("sentia.bench.skus", 400);

	private static final int BURST_RATE = Integer.getInteger("sentia.bench.burst-rate", 5_000);

	private static final int BURST_SECONDS = Integer.getInteger("sentia.bench.burst-seconds", 10);

	private static final int BURSTS = Integer.getInteger("sentia.bench.bursts", 3);

	private static final String SLUG = "bench-tenfold";

	private static final List<String> CATEGORIES = List.of("Gin", "Vodka", "Rum", "Whisky", "Liqueur", "Gift set");

	private static final String CONSUMER_GROUP = "analytics.revenue";

	private static final Path ROOT = Path.of(System.getProperty("sentia.bench.root", ".."))
		.toAbsolutePath()
		.normalize();

	private static final Path CREDENTIALS = ROOT.resolve(".devstack/bench-tenfold.properties");

	private static final Path REPORT = ROOT.resolve("bench/analytics/results/consume-platform.txt");

	private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);

	private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 30);

	/** The demo's selling places, in the proportions a UK-led spirits brand sells. */
	private static final List<Store> STORES = List.of(new Store("shopify", "dtc", "UK", "shopify-uk", "GBP", 30),
			new Store("shopify", "dtc", "EU", "shopify-eu", "EUR", 12),
			new Store("shopify", "dtc", "US", "shopify-us", "USD", 18),
			new Store("amazon", "marketplace", "UK", "amazon-uk", "GBP", 22),
			new Store("amazon", "marketplace", "US", "amazon-us", "USD", 14),
			new Store("xero", "wholesale", "UK", "wholesale-uk", "GBP", 4));

	@Test
	void createsTheTenfoldTenantAndMeasuresConsumption() throws Exception {
		String tenantId = tenant();
		Credentials credentials = partnerClient(tenantId);
		awaitAnalyticsKnows(credentials);
		List<ProductUpserted> catalogue = catalogue(tenantId);
		List<OrderUpserted> orders = orders(tenantId, catalogue, new Random(20261207));
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA));
				KafkaProducer<String, String> producer = producer()) {
			publishAll(producer, catalogue);
			List<String> lines = new ArrayList<>();
			lines.add(backlog(admin, producer, orders));
			for (int burst = 1; burst <= BURSTS; burst++) {
				lines.add(burst(admin, producer, orders, burst));
			}
			Files.createDirectories(REPORT.getParent());
			String stamp = Instant.now() + " cores=" + Runtime.getRuntime().availableProcessors() + " load="
					+ Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
			for (String line : lines) {
				System.out.println(line);
				Files.writeString(REPORT, stamp + " " + line + System.lineSeparator(), StandardCharsets.UTF_8,
						StandardOpenOption.CREATE, StandardOpenOption.APPEND);
			}
		}
	}

	/** The tenant's id: created by the platform operator, or found if it exists. */
	private static String tenant() throws Exception {
		PartnerClient operator = new PartnerClient(GATEWAY, "sentia-platform",
				System.getProperty("sentia.bench.platform-secret", "sentia-platform-dev-secret"));
		HttpResponse<String> tokenResponse = operator.requestToken("platform.admin");
		assertThat(tokenResponse.statusCode()).as(tokenResponse.body()).isEqualTo(200);
		String token = JSON.readTree(tokenResponse.body()).path("access_token").asString();
		String request = JSON
			.writeValueAsString(Map.of("slug", SLUG, "name", "Tenfold Bench Spirits", "baseCurrency", "GBP", "timeZone",
					"Europe/London", "admin", Map.of("email", "admin@highland-harbour.example", "name", "Demo Admin")));
		HttpResponse<String> created = PartnerClient.post(GATEWAY + "/api/auth/v1/platform/tenants", token, request);
		if (created.statusCode() == 201) {
			return JSON.readTree(created.body()).path("tenant").path("id").asString();
		}
		assertThat(created.statusCode()).as(created.body()).isEqualTo(409);
		BrowserSession admin = signedInAdmin();
		for (JsonNode membership : JSON.readTree(admin.get("/api/auth/v1/me").body()).path("memberships")) {
			if ("Tenfold Bench Spirits".equals(membership.path("tenantName").asString())) {
				return membership.path("tenantId").asString();
			}
		}
		throw new AssertionError("The tenant " + SLUG + " exists but the demo ADMIN is not its member");
	}

	/**
	 * A partner client of the tenant with {@code analytics.read}: the one saved earlier
	 * if it still gets tokens, else a new one made by the tenant's ADMIN.
	 */
	private static Credentials partnerClient(String tenantId) throws Exception {
		if (Files.exists(CREDENTIALS)) {
			Properties saved = new Properties();
			try (InputStream in = Files.newInputStream(CREDENTIALS)) {
				saved.load(in);
			}
			Credentials credentials = new Credentials(saved.getProperty("tenant-id"), saved.getProperty("client-id"),
					saved.getProperty("client-secret"));
			if (tenantId.equals(credentials.tenantId())
					&& new PartnerClient(GATEWAY, credentials.clientId(), credentials.secret()).requestToken(null)
						.statusCode() == 200) {
				return credentials;
			}
		}
		BrowserSession admin = signedInAdmin();
		String demoTenant = JSON.readTree(admin.get("/api/auth/v1/me").body()).path("activeTenantId").asString();
		choose(admin, tenantId);
		// The next tokens act in the chosen tenant: sign in again.
		BrowserSession inTenant = signedInAdmin();
		try {
			HttpResponse<String> created = inTenant.send("POST", "/api/auth/v1/admin/clients",
					JSON.writeValueAsString(Map.of("name", "analytics-bench", "scopes", List.of("analytics.read"))));
			assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
			JsonNode client = JSON.readTree(created.body());
			Credentials credentials = new Credentials(tenantId, client.path("clientId").asString(),
					client.path("clientSecret").asString());
			Properties saved = new Properties();
			saved.setProperty("tenant-id", tenantId);
			saved.setProperty("client-id", credentials.clientId());
			saved.setProperty("client-secret", credentials.secret());
			Files.createDirectories(CREDENTIALS.getParent());
			try (OutputStream out = Files.newOutputStream(CREDENTIALS)) {
				saved.store(out, "Partner client of the analytics bench tenant (development platform only)");
			}
			return credentials;
		}
		finally {
			choose(inTenant, demoTenant);
		}
	}

	private static BrowserSession signedInAdmin() throws IOException, InterruptedException {
		BrowserSession browser = new BrowserSession(GATEWAY);
		browser.logIn("admin@highland-harbour.example", "demo-admin-2026");
		return browser;
	}

	private static void choose(BrowserSession browser, String tenantId) throws IOException, InterruptedException {
		HttpResponse<String> chosen = browser.send("PUT", "/api/auth/v1/me/active-tenant",
				JSON.writeValueAsString(Map.of("tenantId", tenantId)));
		assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(200);
	}

	/** Analytics answers 409 until the tenant's creation has reached it. */
	private static void awaitAnalyticsKnows(Credentials credentials) throws Exception {
		String token = new PartnerClient(GATEWAY, credentials.clientId(), credentials.secret()).accessToken();
		E2EPlatform.eventually(Duration.ofMinutes(2), () -> {
			HttpResponse<String> answer = PartnerClient
				.get(GATEWAY + "/api/analytics/v1/sales?from=2026-01-01&to=2026-01-31&groupBy=total", token);
			return (answer.statusCode() == 200) ? answer : null;
		});
	}

	private static List<ProductUpserted> catalogue(String tenantId) {
		List<ProductUpserted> products = new ArrayList<>();
		Supplier supplier = new Supplier("bench-supplier", "BENCH", "Bench Distillers Ltd");
		Instant updated = Instant.parse("2023-12-01T00:00:00Z");
		for (int i = 0; i < SKUS; i++) {
			BigDecimal cost = BigDecimal.valueOf(600 + (i * 37) % 1800, 2);
			products
				.add(new ProductUpserted(tenantId, sku(i), "Bench spirit " + i, CATEGORIES.get(i % CATEGORIES.size()),
						"unleashed", new Money(cost, "GBP"), new Money(cost.multiply(BigDecimal.valueOf(3)), "GBP"), 21,
						6, 6, supplier, List.of(), true, updated));
		}
		return products;
	}

	/**
	 * Orders spread over the days of three years, a Zipf-like mix of SKUs (a few sell
	 * most), one to three lines each; every order is published once as placed, and about
	 * seven in ten again as fulfilled a day later.
	 */
	private static List<OrderUpserted> orders(String tenantId, List<ProductUpserted> catalogue, Random random) {
		long days = LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay() + 1;
		int weights = STORES.stream().mapToInt(Store::weight).sum();
		List<OrderUpserted> events = new ArrayList<>(ORDERS * 17 / 10);
		for (int n = 0; n < ORDERS; n++) {
			Instant placed = FIRST_DAY.plusDays(n * days / ORDERS)
				.atStartOfDay()
				.toInstant(ZoneOffset.UTC)
				.plusSeconds(random.nextInt(86_400));
			Store store = pick(random, weights);
			String orderId = "B" + n;
			List<OrderLine> lines = new ArrayList<>();
			BigDecimal total = BigDecimal.ZERO;
			for (int line = 0, count = 1 + random.nextInt(3); line < count; line++) {
				int index = (int) Math.min(SKUS - 1, Math.floor(Math.pow(random.nextDouble(), 2.2) * SKUS));
				BigDecimal price = catalogue.get(index).price().amount();
				int quantity = 1 + random.nextInt(store.channel().equals("wholesale") ? 24 : 3);
				BigDecimal lineTotal = price.multiply(BigDecimal.valueOf(quantity));
				lines.add(new OrderLine(orderId + "-" + line, sku(index), quantity, new Money(price, store.currency()),
						new Money(lineTotal, store.currency())));
				total = total.add(lineTotal);
			}
			events.add(order(tenantId, store, orderId, "open", placed, placed, lines, total));
			if (random.nextDouble() < 0.7) {
				events.add(
						order(tenantId, store, orderId, "fulfilled", placed, placed.plusSeconds(86_400), lines, total));
			}
		}
		return events;
	}

	private static String backlog(Admin admin, KafkaProducer<String, String> producer, List<OrderUpserted> orders)
			throws Exception {
		long offsetBefore = endOffsets(admin);
		long started = System.nanoTime();
		publishAll(producer, orders);
		long published = System.nanoTime();
		long drained = awaitLagZero(admin, offsetBefore + orders.size(), Duration.ofMinutes(20));
		double seconds = (drained - started) / 1e9;
		return String.format(Locale.ROOT,
				"backlog events=%d orders=%d publish_s=%.1f consumed_s=%.1f events_per_s=%.0f (analytics group %s, "
						+ "from the first event published to lag 0)",
				orders.size(), ORDERS, (published - started) / 1e9, seconds, orders.size() / seconds, CONSUMER_GROUP);
	}

	/**
	 * A burst of order updates at a fixed rate: each order is fulfilled again a little
	 * later (newer snapshot), so the tenant does not grow.
	 */
	private static String burst(Admin admin, KafkaProducer<String, String> producer, List<OrderUpserted> orders,
			int number) throws Exception {
		int count = BURST_RATE * BURST_SECONDS;
		List<OrderUpserted> updates = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			OrderUpserted order = orders.get((int) (((long) number * 7919 + (long) i * 104_729) % orders.size()));
			updates.add(new OrderUpserted(order.tenantId(), order.orderId(), order.source(), order.channel(),
					order.region(), order.store(), "fulfilled", order.orderedAt(),
					order.updatedAt().plusSeconds(172_800L * number), order.currency(), order.lines(), order.total()));
		}
		long target = endOffsets(admin) + count;
		AtomicLong maxLag = new AtomicLong();
		long started = System.nanoTime();
		long sliceNanos = 100_000_000L;
		int perSlice = BURST_RATE / 10;
		for (int slice = 0; slice * perSlice < count; slice++) {
			List<OrderUpserted> part = updates.subList(slice * perSlice, Math.min(count, (slice + 1) * perSlice));
			for (OrderUpserted update : part) {
				producer.send(record(update));
			}
			producer.flush();
			maxLag.accumulateAndGet(lag(admin), Math::max);
			long next = started + (slice + 1) * sliceNanos;
			long wait = next - System.nanoTime();
			if (wait > 0) {
				Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
			}
		}
		long ended = System.nanoTime();
		long drained = awaitLagZero(admin, target, Duration.ofMinutes(5));
		double sent = (ended - started) / 1e9;
		return String.format(Locale.ROOT,
				"burst=%d events=%d target_per_s=%d sent_s=%.2f sent_per_s=%.0f max_lag_during=%d "
						+ "lag_zero_after_end_s=%.2f",
				number, count, BURST_RATE, sent, count / sent, maxLag.get(), Math.max(0, drained - ended) / 1e9);
	}

	private static KafkaProducer<String, String> producer() {
		Properties properties = new Properties();
		properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA);
		properties.put(ProducerConfig.ACKS_CONFIG, "all");
		properties.put(ProducerConfig.LINGER_MS_CONFIG, 5);
		properties.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
		properties.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
		return new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
	}

	private static void publishAll(KafkaProducer<String, String> producer, Collection<? extends SentiaEvent> events)
			throws InterruptedException, ExecutionException {
		List<Future<?>> sent = new ArrayList<>(events.size());
		for (SentiaEvent event : events) {
			sent.add(producer.send(record(event)));
		}
		for (Future<?> result : sent) {
			result.get();
		}
	}

	private static ProducerRecord<String, String> record(SentiaEvent event) {
		ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.key(),
				JSON.writeValueAsString(event));
		record.headers().add(EventHeaders.ID, bytes(UUID.randomUUID().toString()));
		record.headers().add(EventHeaders.TYPE, bytes(event.eventType()));
		record.headers().add(EventHeaders.SOURCE, bytes("analytics-bench"));
		record.headers().add(EventHeaders.TIME, bytes(Instant.now().toString()));
		record.headers().add(EventHeaders.TENANT, bytes(event.tenantId()));
		return record;
	}

	/** Waits until analytics' group has committed every offset up to the target. */
	private static long awaitLagZero(Admin admin, long targetOffsets, Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (committed(admin) >= targetOffsets && lag(admin) == 0) {
				return System.nanoTime();
			}
			Thread.sleep(20);
		}
		throw new AssertionError("analytics did not consume the events within " + timeout);
	}

	private static long lag(Admin admin) throws Exception {
		return Math.max(0, endOffsets(admin) - committed(admin));
	}

	private static long endOffsets(Admin admin) throws Exception {
		Set<TopicPartition> partitions = partitions(admin);
		return admin.listOffsets(partitions.stream().collect(Collectors.toMap((p) -> p, (p) -> OffsetSpec.latest())))
			.all()
			.get()
			.values()
			.stream()
			.mapToLong((info) -> info.offset())
			.sum();
	}

	private static long committed(Admin admin) throws Exception {
		Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(CONSUMER_GROUP)
			.partitionsToOffsetAndMetadata()
			.get();
		return offsets.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().topic().equals(Topics.COMMERCE_ORDERS) && entry.getValue() != null)
			.mapToLong((entry) -> entry.getValue().offset())
			.sum();
	}

	private static Set<TopicPartition> partitions(Admin admin) throws Exception {
		Map<String, TopicDescription> topics = admin.describeTopics(List.of(Topics.COMMERCE_ORDERS))
			.allTopicNames()
			.get();
		return topics.get(Topics.COMMERCE_ORDERS)
			.partitions()
			.stream()
			.map((partition) -> new TopicPartition(Topics.COMMERCE_ORDERS, partition.partition()))
			.collect(Collectors.toSet());
	}

	private static Store pick(Random random, int weights) {
		int chosen = random.nextInt(weights);
		for (Store store : STORES) {
			chosen -= store.weight();
			if (chosen < 0) {
				return store;
			}
		}
		throw new IllegalStateException("weights do not add up");
	}

	private static OrderUpserted order(String tenantId, Store store, String orderId, String status, Instant orderedAt,
			Instant updatedAt, List<OrderLine> lines, BigDecimal total) {
		return new OrderUpserted(tenantId, orderId, store.source(), store.channel(), store.region(), store.store(),
				status, orderedAt, updatedAt, store.currency(), lines, new Money(total, store.currency()));
	}

	private static String sku(int index) {
		return String.format(Locale.ROOT, "TF-%03d", index);
	}

	private static byte[] bytes(String value) {
		return value.getBytes(StandardCharsets.UTF_8);
	}

	private record Store(String source, String channel, String region, String store, String currency, int weight) {
	}

	private record Credentials(String tenantId, String clientId, String secret) {
	}

}
