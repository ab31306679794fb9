package io.sentia.analytics;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

import io.sentia.analytics.catalog.ProductRepository;
import io.sentia.analytics.finance.BankTransactionRepository;
import io.sentia.analytics.finance.InvoiceRepository;
import io.sentia.analytics.finance.PaymentRepository;
import io.sentia.analytics.forecasts.ForecastRepository;
import io.sentia.analytics.inventory.InventoryLevelRepository;
import io.sentia.analytics.purchasing.PurchaseOrderRepository;
import io.sentia.analytics.recommendations.SuggestedPurchaseRepository;
import io.sentia.analytics.tenants.TenantDirectory;
import io.sentia.events.BankTransactionRecorded;
import io.sentia.events.CashDirection;
import io.sentia.events.Contact;
import io.sentia.events.EventHeaders;
import io.sentia.events.ForecastPublished;
import io.sentia.events.InventoryLevelChanged;
import io.sentia.events.InvoiceType;
import io.sentia.events.InvoiceUpserted;
import io.sentia.events.Money;
import io.sentia.events.PaymentRecorded;
import io.sentia.events.ProductUpserted;
import io.sentia.events.PurchaseOrderUpserted;
import io.sentia.events.PurchasePlanChanged;
import io.sentia.events.ReorderRecommended;
import io.sentia.events.SentiaEvent;
import io.sentia.events.Supplier;
import io.sentia.events.TenantCreated;
import io.sentia.events.TenantStatus;
import io.sentia.events.TenantUpdated;
import io.sentia.events.Topics;
import io.sentia.testkit.InfrastructureTests;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.support.KafkaHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Events of every topic the read models consume, published to the real broker, reach the
 * real database through the listeners: a newer snapshot replaces the stored one, an older
 * one arriving later changes nothing, a redelivered event is applied once, and a poison
 * record goes to {@code <topic>.dlt} while the good record after it is applied. Finance
 * events keep arriving in any order: a payment before its invoice and an invoice before
 * its tenant are kept and count once the rest arrives. Each case uses a tenant of its
 * own. (Same context as the revenue read model tests, so the suite starts it once.)
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ReadModelConsumptionTests extends InfrastructureTests {

	private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

	private static final Supplier SUPPLIER = new Supplier("sup-1", "HIGH", "Highland Glass");

	private static final Contact CUSTOMER = new Contact("c-1", "Harbour Deli");

	@Value("${spring.kafka.bootstrap-servers}")
	private String bootstrapServers;

	@Autowired
	private JsonMapper jsonMapper;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TenantDirectory tenants;

	@Autowired
	private ProductRepository products;

	@Autowired
	private InventoryLevelRepository inventory;

	@Autowired
	private PurchaseOrderRepository purchaseOrders;

	@Autowired
	private InvoiceRepository invoices;

	@Autowired
	private PaymentRepository payments;

	@Autowired
	private BankTransactionRepository bankTransactions;

	@Autowired
	private ForecastRepository forecasts;

	@Autowired
	private SuggestedPurchaseRepository suggestedPurchases;

	private ReadModels readModels;

	private KafkaProducer<String, String> producer;

	@BeforeEach
	void openProducer() {
		this.readModels = new ReadModels(this.tenants, this.products, this.inventory, this.purchaseOrders,
				this.invoices, this.payments, this.bankTransactions, this.forecasts, this.suggestedPurchases);
		Properties properties = new Properties();
		properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers);
		properties.put(ProducerConfig.ACKS_CONFIG, "all");
		this.producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
	}

	@AfterEach
	void closeProducer() {
		this.producer.close();
	}

	/**
	 * One case per topic: what the listener stores for an entity, read through the public
	 * query methods, and three snapshots of it plus one of another entity.
	 */
	static Stream<TopicCase> topics() {
		return Stream.of(
				new TopicCase(Topics.AUTH_TENANTS, "analytics.tenants",
						(tenant) -> new Snapshots(
								new TenantUpdated(tenant, "Harbour Newer", "harbour", "GBP", "Europe/London",
										TenantStatus.SUSPENDED, T0.plusSeconds(60)),
								new TenantCreated(tenant, "Harbour Older", "harbour", "EUR", "Europe/London", T0),
								new TenantUpdated(tenant, "Harbour Renamed", "harbour", "GBP", "Europe/London",
										TenantStatus.ACTIVE, T0.plusSeconds(120)),
								new TenantUpdated(tenant, "Harbour Impostor", "harbour", "USD", "Europe/London",
										TenantStatus.ACTIVE, T0.plusSeconds(300))),
						(models, tenant) -> models.tenants()
							.find(tenant)
							.map((found) -> found.name() + " " + found.baseCurrency() + " " + found.status())
							.orElse(null),
						"Harbour Renamed GBP ACTIVE", "Harbour Newer GBP SUSPENDED"),
				new TopicCase(Topics.CATALOG_PRODUCTS, "analytics.catalog",
						(tenant) -> new Snapshots(product(tenant, "GIN-70", "7.5000", true, T0.plusSeconds(60)),
								product(tenant, "GIN-70", "9.9900", true, T0),
								product(tenant, "RUM-70", "5.0000", false, T0),
								product(tenant, "GIN-70", "1.0000", true, T0.plusSeconds(300))),
						(models, tenant) -> models.products()
							.products(tenant)
							.stream()
							.map((product) -> product.sku() + " " + product.unitCost() + " " + product.active())
							.toList()
							.toString(),
						"[GIN-70 7.5000 true, RUM-70 5.0000 false]", "[GIN-70 7.5000 true]"),
				new TopicCase(Topics.INVENTORY_LEVELS, "analytics.inventory",
						(tenant) -> new Snapshots(level(tenant, "GIN-70", "amazon-fba:UK", 40, T0.plusSeconds(60)),
								level(tenant, "GIN-70", "amazon-fba:UK", 99, T0),
								level(tenant, "GIN-70", "unleashed:MAIN", 12, T0),
								level(tenant, "GIN-70", "amazon-fba:UK", 1, T0.plusSeconds(300))),
						(models, tenant) -> models.inventory()
							.levels(tenant)
							.stream()
							.map((level) -> level.locationId() + " " + level.locationType() + " " + level.onHand())
							.toList()
							.toString(),
						"[amazon-fba:UK AMAZON_FBA 40, unleashed:MAIN WAREHOUSE 12]", "[amazon-fba:UK AMAZON_FBA 40]"),
				new TopicCase(Topics.PURCHASING_ORDERS, "analytics.purchasing",
						(tenant) -> new Snapshots(purchaseOrder(tenant, "PO-1", "placed", 2, T0.plusSeconds(60)),
								purchaseOrder(tenant, "PO-1", "placed", 1, T0),
								purchaseOrder(tenant, "PO-2", "received", 1, T0),
								purchaseOrder(tenant, "PO-1", "cancelled", 1, T0.plusSeconds(300))),
						(models, tenant) -> models.purchaseOrders()
							.orders(tenant, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))
							.stream()
							.map((order) -> order.purchaseOrderId() + " " + order.status() + " " + order.lines().size()
									+ " " + order.total())
							.toList()
							.toString(),
						"[PO-1 placed 2 200.0000, PO-2 received 1 100.0000]", "[PO-1 placed 2 200.0000]"),
				new TopicCase(Topics.FINANCE_INVOICES, "analytics.invoices",
						(tenant) -> new Snapshots(invoice(tenant, "INV-1", "authorised", "40.00", T0.plusSeconds(60)),
								invoice(tenant, "INV-1", "authorised", "120.00", T0),
								invoice(tenant, "INV-2", "authorised", "10.00", T0),
								invoice(tenant, "INV-1", "authorised", "1.00", T0.plusSeconds(300))),
						(models, tenant) -> models.invoices()
							.openInvoices(tenant, InvoiceType.ACCREC)
							.stream()
							.map((invoice) -> invoice.invoiceId() + " " + invoice.amountDue())
							.toList()
							.toString(),
						"[INV-1 40.0000, INV-2 10.0000]", "[INV-1 40.0000]"),
				new TopicCase(Topics.FINANCE_PAYMENTS, "analytics.payments",
						(tenant) -> new Snapshots(payment(tenant, "PAY-1", "INV-1", "30.00", T0.plusSeconds(60)),
								payment(tenant, "PAY-1", "INV-1", "80.00", T0),
								payment(tenant, "PAY-2", "INV-2", "5.00", T0),
								payment(tenant, "PAY-1", "INV-1", "1.00", T0.plusSeconds(300))),
						(models, tenant) -> models.payments()
							.payments(tenant, CashDirection.IN, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))
							.stream()
							.map((payment) -> payment.paymentId() + " " + payment.amount())
							.toList()
							.toString(),
						"[PAY-1 30.0000, PAY-2 5.0000]", "[PAY-1 30.0000]"),
				new TopicCase(Topics.FINANCE_BANK_TRANSACTIONS, "analytics.bank-transactions",
						(tenant) -> new Snapshots(
								bankTransaction(tenant, "BT-1", CashDirection.IN, "500.00", T0.plusSeconds(60)),
								bankTransaction(tenant, "BT-1", CashDirection.IN, "900.00", T0),
								bankTransaction(tenant, "BT-2", CashDirection.OUT, "120.00", T0),
								bankTransaction(tenant, "BT-1", CashDirection.IN, "1.00", T0.plusSeconds(300))),
						(models, tenant) -> models.bankTransactions()
							.cashMovement(tenant, LocalDate.of(2026, 12, 31))
							.stream()
							.map((movement) -> movement.currency() + " " + movement.net() + " "
									+ movement.transactions())
							.toList()
							.toString(),
						"[GBP 380.0000 2]", "[GBP 500.0000 1]"),
				new TopicCase(Topics.FORECASTING_FORECASTS, "analytics.forecasts",
						(tenant) -> new Snapshots(forecast(tenant, "GIN-70", "f-2", 3, T0.plusSeconds(60)),
								forecast(tenant, "GIN-70", "f-1", 5, T0), forecast(tenant, "RUM-70", "f-3", 1, T0),
								forecast(tenant, "GIN-70", "f-9", 7, T0.plusSeconds(300))),
						(models, tenant) -> models.forecasts()
							.latestForecasts(tenant)
							.stream()
							.map((forecast) -> forecast.sku() + " " + forecast.forecastId() + " "
									+ forecast.points().size())
							.toList()
							.toString(),
						"[GIN-70 f-2 3, RUM-70 f-3 1]", "[GIN-70 f-2 3]"),
				new TopicCase(Topics.FORECASTING_RECOMMENDATIONS, "analytics.recommendations",
						(tenant) -> new Snapshots(plan(tenant, "plan-1", 2, 24), plan(tenant, "plan-1", 1, 48),
								recommendation(tenant, "GIN-70", "rec-1", 60, T0), plan(tenant, "plan-1", 9, 99)),
						(models, tenant) -> models.suggestedPurchases()
							.suggestedPurchases(tenant)
							.stream()
							.map((purchase) -> purchase.origin() + " " + purchase.suggestionId() + " "
									+ purchase.quantity())
							.toList()
							.toString(),
						"[PURCHASE_PLAN plan-1 24, REORDER_RECOMMENDATION rec-1 60]", "[PURCHASE_PLAN plan-1 24]"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("topics")
	void newerSnapshotWinsRedeliveryChangesNothingAndAPoisonRecordIsDeadLetteredWithoutStoppingTheNext(TopicCase topic)
			throws Exception {
		String tenant = UUID.randomUUID().toString();
		Snapshots snapshots = topic.snapshots().apply(tenant);

		UUID newer = publish(snapshots.newer());
		publish(snapshots.older());
		publish(snapshots.newer(), newer);
		// A later state under an id already processed: a consumer that applied it again
		// would show it.
		publish(snapshots.redelivered(), newer);
		String poison = "{\"tenantId\": \"" + tenant + "\", not json " + UUID.randomUUID();
		send(topic.topic(), tenant + ":poison", poison, UUID.randomUUID(), snapshots.newer().eventType(), tenant);
		publish(snapshots.next());

		String expected = topic.expected();
		await().alias(topic.topic() + " applied")
			.atMost(Duration.ofSeconds(60))
			.until(() -> expected.equals(topic.read().apply(this.readModels, tenant)));
		assertThat(processedCount(topic.consumer(), newer)).isEqualTo(1);
		assertThat(deadLetters(topic.topic(), topic.consumer(), poison)).as("poison record on %s.dlt", topic.topic())
			.hasSize(1);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("topics")
	void anOlderSnapshotAfterTheNewerOneChangesNothing(TopicCase topic) throws Exception {
		String tenant = UUID.randomUUID().toString();
		Snapshots snapshots = topic.snapshots().apply(tenant);
		publish(snapshots.newer());
		await().atMost(Duration.ofSeconds(60))
			.until(() -> topic.afterNewerOnly().equals(topic.read().apply(this.readModels, tenant)));

		UUID older = publish(snapshots.older());
		await().atMost(Duration.ofSeconds(60)).until(() -> processedCount(topic.consumer(), older) == 1);
		assertThat(topic.read().apply(this.readModels, tenant)).isEqualTo(topic.afterNewerOnly());
	}

	@Test
	void theSameProductStateRepublishedWithACategoryFillsItInAndAnOlderOneDoesNot() throws Exception {
		String tenant = UUID.randomUUID().toString();
		ProductUpserted stored = product(tenant, "GIN-70", "7.5000", true, T0);
		publish(new ProductUpserted(tenant, "GIN-70", stored.name(), null, stored.source(), stored.unitCost(),
				stored.price(), stored.leadTimeDays(), stored.moq(), stored.casePack(), stored.supplier(), List.of(),
				true, T0));
		await().atMost(Duration.ofSeconds(60)).until(() -> this.readModels.products().products(tenant).size() == 1);

		// Same key, same partition: the older one is read first.
		publish(new ProductUpserted(tenant, "GIN-70", stored.name(), "Gin", stored.source(), stored.unitCost(),
				stored.price(), stored.leadTimeDays(), stored.moq(), stored.casePack(), stored.supplier(), List.of(),
				true, T0.minusSeconds(60)));
		publish(stored);

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(this.readModels.products().products(tenant))
				.extracting((product) -> product.category())
				.containsExactly("Whisky"));
	}

	@Test
	void aPaymentBeforeItsInvoiceIsKeptAndCountsOnceTheInvoiceArrives() throws Exception {
		String tenant = UUID.randomUUID().toString();
		publish(payment(tenant, "PAY-9", "INV-9", "25.00", T0));
		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.readModels.payments().paymentsWithoutInvoice(tenant).size() == 1);
		assertThat(this.readModels.invoices()
			.invoicePayments(tenant, InvoiceType.ACCREC, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
			.isEmpty();

		publish(invoice(tenant, "INV-9", "paid", "0.00", T0.plusSeconds(60)));

		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.readModels.payments().paymentsWithoutInvoice(tenant).isEmpty());
		assertThat(this.readModels.invoices()
			.invoicePayments(tenant, InvoiceType.ACCREC, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
			.singleElement()
			.satisfies((paid) -> {
				assertThat(paid.invoiceId()).isEqualTo("INV-9");
				assertThat(paid.paymentId()).isEqualTo("PAY-9");
				assertThat(paid.contactName()).isEqualTo(CUSTOMER.name());
				assertThat(paid.amount()).isEqualByComparingTo("25.00");
				assertThat(paid.paidOn()).isEqualTo(LocalDate.of(2026, 3, 2));
			});
	}

	@Test
	void financeEventsOfATenantNotYetKnownAreKeptAndServedOnceItIs() throws Exception {
		String tenant = UUID.randomUUID().toString();
		publish(invoice(tenant, "INV-7", "authorised", "70.00", T0));
		publish(bankTransaction(tenant, "BT-7", CashDirection.IN, "70.00", T0));
		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.readModels.invoices().openInvoices(tenant, InvoiceType.ACCREC).size() == 1
					&& this.readModels.bankTransactions().cashMovement(tenant, LocalDate.of(2026, 12, 31)).size() == 1);
		assertThat(this.readModels.tenants().find(tenant)).isEmpty();

		publish(new TenantCreated(tenant, "Late Tenant", "late-tenant", "GBP", "Europe/London", T0.plusSeconds(600)));

		await().atMost(Duration.ofSeconds(60)).until(() -> this.readModels.tenants().find(tenant).isPresent());
		assertThat(this.readModels.invoices().openInvoices(tenant, InvoiceType.ACCREC)).singleElement()
			.satisfies((invoice) -> assertThat(invoice.amountDue()).isEqualByComparingTo("70.00"));
		assertThat(this.readModels.bankTransactions().cashMovement(tenant, LocalDate.of(2026, 12, 31))).singleElement()
			.satisfies((movement) -> assertThat(movement.net()).isEqualByComparingTo("70.00"));
	}

	private static ProductUpserted product(String tenant, String sku, String unitCost, boolean active,
			Instant updatedAt) {
		return new ProductUpserted(tenant, sku, sku + " 70cl", "Whisky", "unleashed",
				new Money(new BigDecimal(unitCost), "GBP"), new Money(new BigDecimal("29.99"), "GBP"), 21, 12, 6,
				SUPPLIER, List.of(), active, updatedAt);
	}

	private static InventoryLevelChanged level(String tenant, String sku, String locationId, int onHand, Instant asOf) {
		InventoryLevelChanged.LocationType type = locationId.startsWith("amazon-fba")
				? InventoryLevelChanged.LocationType.AMAZON_FBA : InventoryLevelChanged.LocationType.WAREHOUSE;
		return new InventoryLevelChanged(tenant, sku, new InventoryLevelChanged.Location(locationId, locationId, type),
				"amazon", onHand, onHand - 2, 5, 2, asOf);
	}

	private static PurchaseOrderUpserted purchaseOrder(String tenant, String id, String status, int lines,
			Instant updatedAt) {
		List<PurchaseOrderUpserted.Line> orderLines = new ArrayList<>();
		for (int i = 1; i <= lines; i++) {
			orderLines.add(new PurchaseOrderUpserted.Line("L" + i, "GIN-70", 10, 0,
					new Money(new BigDecimal("10.00"), "GBP"), new Money(new BigDecimal("100.00"), "GBP"), null));
		}
		return new PurchaseOrderUpserted(tenant, id, "unleashed", id, SUPPLIER, status, LocalDate.of(2026, 3, 1),
				LocalDate.of(2026, 4, 1), "unleashed:MAIN", "GBP", orderLines,
				new Money(new BigDecimal(100 * lines + ".00"), "GBP"), updatedAt);
	}

	private static InvoiceUpserted invoice(String tenant, String id, String status, String due, Instant updatedAt) {
		Money total = gbp("120.00");
		Money amountDue = gbp(due);
		return new InvoiceUpserted(tenant, id, "xero", InvoiceType.ACCREC, id, null, CUSTOMER, LocalDate.of(2026, 2, 1),
				LocalDate.of(2026, 3, 3), status, "GBP", gbp("100.00"), gbp("20.00"), total,
				gbp(new BigDecimal("120.00").subtract(amountDue.amount()).toPlainString()), gbp("0.00"), amountDue,
				null, updatedAt);
	}

	private static PaymentRecorded payment(String tenant, String id, String invoiceId, String amount,
			Instant updatedAt) {
		return new PaymentRecorded(tenant, id, "xero", CashDirection.IN, invoiceId, invoiceId, CUSTOMER,
				LocalDate.of(2026, 3, 2), gbp(amount), "acc-1", null, "authorised", false, updatedAt);
	}

	private static BankTransactionRecorded bankTransaction(String tenant, String id, CashDirection direction,
			String amount, Instant updatedAt) {
		return new BankTransactionRecorded(tenant, id, "xero",
				new BankTransactionRecorded.BankAccount("acc-1", "090", "Business current"), direction,
				(direction == CashDirection.IN) ? "RECEIVE" : "SPEND", CUSTOMER, LocalDate.of(2026, 3, 2), gbp(amount),
				null, "authorised", true, updatedAt);
	}

	private static ForecastPublished forecast(String tenant, String sku, String forecastId, int points,
			Instant generatedAt) {
		List<ForecastPublished.Point> forecastPoints = new ArrayList<>();
		for (int i = 0; i < points; i++) {
			forecastPoints.add(new ForecastPublished.Point(LocalDate.of(2026, 3, 2).plusWeeks(i), 10 + i,
					new ForecastPublished.Interval(8, 12 + i), new ForecastPublished.Interval(7, 13 + i),
					new ForecastPublished.Interval(6, 14 + i)));
		}
		return new ForecastPublished(tenant, forecastId, new ForecastPublished.SeriesKey(sku, "all", "all"), "ets",
				ForecastPublished.Granularity.WEEK, LocalDate.of(2026, 3, 1), generatedAt, forecastPoints, null);
	}

	private static PurchasePlanChanged plan(String tenant, String planId, long revision, int quantity) {
		Money cost = gbp(quantity * 10 + ".00");
		return new PurchasePlanChanged(tenant, planId, revision, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 1),
				"GBP", List.of(new PurchasePlanChanged.PlannedPurchase("GIN-70", SUPPLIER, quantity,
						LocalDate.of(2026, 3, 10), LocalDate.of(2026, 4, 1), cost)),
				cost, "revision " + revision, T0.plusSeconds(revision * 60));
	}

	private static ReorderRecommended recommendation(String tenant, String sku, String id, int quantity,
			Instant generatedAt) {
		return new ReorderRecommended(tenant, id, sku, "unleashed:MAIN", SUPPLIER, quantity, LocalDate.of(2026, 3, 20),
				LocalDate.of(2026, 4, 10), 4, 0, 30, 10, 0.95, LocalDate.of(2026, 3, 25), gbp(quantity * 10 + ".00"),
				"below reorder point", "run-1", generatedAt);
	}

	private static Money gbp(String amount) {
		return new Money(new BigDecimal(amount), "GBP");
	}

	private UUID publish(SentiaEvent event) throws Exception {
		return publish(event, UUID.randomUUID());
	}

	private UUID publish(SentiaEvent event, UUID eventId) throws Exception {
		send(event.topic(), event.key(), this.jsonMapper.writeValueAsString(event), eventId, event.eventType(),
				event.tenantId());
		return eventId;
	}

	private void send(String topic, String key, String value, UUID eventId, String type, String tenant)
			throws Exception {
		// One partition, so the records are consumed in the order the test sends them.
		ProducerRecord<String, String> record = new ProducerRecord<>(topic, 0, key, value);
		record.headers().add(EventHeaders.ID, bytes(eventId.toString()));
		record.headers().add(EventHeaders.TYPE, bytes(type));
		record.headers().add(EventHeaders.SOURCE, bytes("integrations-service"));
		record.headers().add(EventHeaders.TIME, bytes(Instant.now().toString()));
		record.headers().add(EventHeaders.TENANT, bytes(tenant));
		this.producer.send(record).get();
	}

	private int processedCount(String consumer, UUID eventId) {
		return this.jdbc.sql("SELECT count(*) FROM processed_event WHERE consumer = ? AND event_id = ?")
			.param(consumer)
			.param(eventId)
			.query(Integer.class)
			.single();
	}

	/**
	 * Reads the dead-letter topic from the start until a matching record that the given
	 * consumer dead-lettered, for 30 s at most: every consumer of a topic (inventory
	 * levels have two) dead-letters a poison record of its own.
	 */
	private List<ConsumerRecord<String, String>> deadLetters(String topic, String consumerName, String value) {
		Properties properties = new Properties();
		properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers);
		properties.put(ConsumerConfig.GROUP_ID_CONFIG, "read-model-dlt-test-" + UUID.randomUUID());
		properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		List<ConsumerRecord<String, String>> found = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
				new StringDeserializer())) {
			consumer.subscribe(List.of(Topics.deadLetter(topic)));
			Instant deadline = Instant.now().plusSeconds(30);
			while (found.isEmpty() && Instant.now().isBefore(deadline)) {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
					if (value.equals(record.value()) && deadLetteredBy(record, consumerName)) {
						found.add(record);
					}
				}
			}
			// A second copy would come right behind the first.
			for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
				if (value.equals(record.value()) && deadLetteredBy(record, consumerName)) {
					found.add(record);
				}
			}
		}
		return found;
	}

	private static boolean deadLetteredBy(ConsumerRecord<String, String> record, String consumerName) {
		Header group = record.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP);
		return group != null && consumerName.equals(new String(group.value(), StandardCharsets.UTF_8));
	}

	private static byte[] bytes(String value) {
		return value.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A newer and an older snapshot of one entity, a record the answer shows once it is
	 * applied (another entity, or for tenants a later state), and a still later state of
	 * the entity that is sent under the newer one's event id, so it must never show.
	 */
	record Snapshots(SentiaEvent newer, SentiaEvent older, SentiaEvent next, SentiaEvent redelivered) {
	}

	/**
	 * One topic's case.
	 *
	 * @param topic the topic
	 * @param consumer the listener's consumer name
	 * @param snapshots the events, for a tenant
	 * @param read what the read model answers for the tenant
	 * @param expected the answer once all snapshots are applied
	 * @param afterNewerOnly the answer once only the newer snapshot is applied
	 */
	record TopicCase(String topic, String consumer, Function<String, Snapshots> snapshots,
			BiFunction<ReadModels, String, String> read, String expected, String afterNewerOnly) {

		@Override
		public String toString() {
			return this.topic;
		}

	}

	/** The read models' public query side, as other packages get it. */
	record ReadModels(TenantDirectory tenants, ProductRepository products, InventoryLevelRepository inventory,
			PurchaseOrderRepository purchaseOrders, InvoiceRepository invoices, PaymentRepository payments,
			BankTransactionRepository bankTransactions, ForecastRepository forecasts,
			SuggestedPurchaseRepository suggestedPurchases) {
	}

}
