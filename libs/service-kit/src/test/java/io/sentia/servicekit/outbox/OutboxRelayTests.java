package io.sentia.servicekit.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.sentia.events.EventHeaders;
import io.sentia.servicekit.testapp.BrokerProxy;
import io.sentia.servicekit.testapp.KafkaProbe;
import io.sentia.servicekit.testapp.MutableClock;
import io.sentia.servicekit.testapp.ServiceKitTestSupport;
import io.sentia.servicekit.testapp.TestNoteEvent;
import io.sentia.testkit.Infrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The relay under faults. The service's own relay is off here; each test drives a relay
 * of its own, pointed at the real broker or at a {@link BrokerProxy} that starts closed.
 * What the proxy proves: rows written while no broker can be reached stay pending, and
 * the same relay, without a restart, sends them in order once a broker is reachable. It
 * does not kill a broker that clients are already connected to.
 */
@TestPropertySource(properties = "sentia.outbox.relay-enabled=false")
class OutboxRelayTests extends ServiceKitTestSupport {

	private static final String TENANT = "5e471a00-0000-4000-8000-000000000001";

	@Autowired
	private OutboxPublisher publisher;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private ProducerFactory<?, ?> producerFactory;

	@Autowired
	private TaskScheduler scheduler;

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final MutableClock clock = new MutableClock(Instant.now());

	private OutboxRelay relay;

	private BrokerProxy proxy;

	@AfterEach
	void close() {
		if (this.relay != null) {
			this.relay.destroy();
		}
		if (this.proxy != null) {
			this.proxy.close();
		}
	}

	@Test
	void holdsEventsWhileNoBrokerIsReachableAndSendsThemInOrderWhenOneIs() {
		this.proxy = new BrokerProxy(Infrastructure.kafka().bootstrapServers());
		this.relay = relay(this.proxy.address(), Clock.systemUTC());
		String entity = UUID.randomUUID().toString();
		List<TestNoteEvent> events = List.of(new TestNoteEvent(TENANT, entity, "v1"),
				new TestNoteEvent(TENANT, entity, "v2"),
				new TestNoteEvent(TENANT, UUID.randomUUID().toString(), "other"),
				new TestNoteEvent(TENANT, entity, "v3"));
		events.forEach(this::publish);
		List<UUID> ids = events.stream().map(this::rowId).toList();

		OutboxRelay.RelayOutcome outcome = this.relay.relayBatch();

		assertThat(outcome.failed()).isTrue();
		assertThat(outcome.published()).isZero();
		assertThat(ids).allSatisfy((id) -> assertThat(row(id).get("published_at")).isNull());
		assertThat(row(ids.getFirst()).get("attempts")).isEqualTo(1);
		assertThat((String) row(ids.getFirst()).get("last_error")).isNotBlank();
		assertThat(this.registry.get("sentia.outbox.failed").counter().count()).isEqualTo(1);
		this.relay.refreshPending();
		assertThat(this.registry.get("sentia.outbox.pending").gauge().value()).isGreaterThanOrEqualTo(4);

		this.proxy.open();
		this.relay.start();

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(
					() -> assertThat(ids).allSatisfy((id) -> assertThat(row(id).get("published_at")).isNotNull()));
		List<ConsumerRecord<String, String>> sent = sent(ids);
		assertThat(sent.stream().filter((record) -> record.key().equals(TENANT + ":" + entity)).map(this::text))
			.containsExactly("v1", "v2", "v3");
		assertThat(sent).extracting((record) -> KafkaProbe.header(record, EventHeaders.ID))
			.containsExactlyInAnyOrderElementsOf(ids.stream().map(UUID::toString).toList());
		assertThat(this.registry.get("sentia.outbox.published").counter().count()).isEqualTo(4);
	}

	@Test
	void aRelayStartedLaterSendsRowsLeftPendingWithTheHeadersFixedAtWriteTime() {
		TestNoteEvent event = new TestNoteEvent(TENANT, UUID.randomUUID().toString(), "written before the restart");
		publish(event);
		UUID id = rowId(event);
		String storedTime = this.jdbc.sql("SELECT headers ->> 'ce_time' FROM outbox_event WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		this.relay = relay(Infrastructure.kafka().bootstrapServers(), this.clock);

		this.relay.relayBatch();

		ConsumerRecord<String, String> record = sent(List.of(id)).getFirst();
		assertThat(KafkaProbe.header(record, EventHeaders.TIME)).isEqualTo(storedTime);
		assertThat(row(id).get("published_at")).isNotNull();
	}

	@Test
	void standsAsideWhileAnotherReplicaRelays() throws Exception {
		TestNoteEvent event = new TestNoteEvent(TENANT, UUID.randomUUID().toString(), "one relay at a time");
		publish(event);
		this.relay = relay(Infrastructure.kafka().bootstrapServers(), this.clock);
		CountDownLatch locked = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Thread otherReplica = Thread.ofPlatform().start(() -> this.transaction.executeWithoutResult((status) -> {
			this.jdbc.sql("SELECT pg_advisory_xact_lock(:key)")
				.param("key", OutboxRelay.RELAY_LOCK_KEY)
				.query()
				.listOfRows();
			locked.countDown();
			awaitQuietly(release);
		}));
		try {
			assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();

			assertThat(this.relay.relayBatch().claimed()).isZero();
			assertThat(row(rowId(event)).get("published_at")).isNull();
		}
		finally {
			release.countDown();
			otherReplica.join();
		}
		assertThat(this.relay.relayBatch().published()).isPositive();
		assertThat(row(rowId(event)).get("published_at")).isNotNull();
	}

	@Test
	void sendsNothingWhileStoppedAndCatchesUpWhenStartedAgain() {
		this.relay = relay(Infrastructure.kafka().bootstrapServers(), Clock.systemUTC());
		this.relay.start();
		TestNoteEvent before = new TestNoteEvent(TENANT, UUID.randomUUID().toString(), "before the stop");
		publish(before);
		await().atMost(Duration.ofSeconds(30)).until(() -> row(rowId(before)).get("published_at") != null);

		this.relay.stop();
		assertThat(this.relay.isRunning()).isFalse();
		TestNoteEvent during = new TestNoteEvent(TENANT, UUID.randomUUID().toString(), "while stopped");
		publish(during);
		UUID id = rowId(during);
		// Ten poll intervals and more: a relay that kept polling would have sent it.
		await().during(Duration.ofMillis(600))
			.atMost(Duration.ofSeconds(5))
			.until(() -> row(id).get("published_at") == null);

		this.relay.start();
		await().atMost(Duration.ofSeconds(30)).until(() -> row(id).get("published_at") != null);
		assertThat(sent(List.of(id))).hasSize(1);
	}

	@Test
	void deletesPublishedRowsOnlyAfterTheRetention() {
		TestNoteEvent event = new TestNoteEvent(TENANT, UUID.randomUUID().toString(), "kept a day");
		publish(event);
		UUID id = rowId(event);
		this.relay = relay(Infrastructure.kafka().bootstrapServers(), this.clock);
		this.relay.relayBatch();
		assertThat(row(id).get("published_at")).isNotNull();

		this.clock.advance(Duration.ofHours(23));
		this.relay.purgePublished();
		assertThat(exists(id)).isTrue();

		this.clock.advance(Duration.ofHours(2));
		this.relay.purgePublished();
		assertThat(exists(id)).isFalse();
	}

	private OutboxRelay relay(String bootstrapServers, Clock clock) {
		Map<String, Object> config = new HashMap<>(this.producerFactory.getConfigurationProperties());
		config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		// Fail fast while the proxy is closed; the defaults are for production.
		config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 1000);
		config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
		config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 4000);
		OutboxProperties properties = new OutboxProperties(false, Duration.ofMillis(50), 100, Duration.ofSeconds(10),
				Duration.ofMillis(500), Duration.ofDays(1));
		return new OutboxRelay(this.jdbc, this.transaction,
				new DefaultKafkaProducerFactory<>(config, new StringSerializer(), new StringSerializer()), this.json,
				properties, new OutboxMetrics(this.registry, clock), clock, this.scheduler);
	}

	private void publish(TestNoteEvent event) {
		this.transaction.executeWithoutResult((status) -> this.publisher.publish(event));
	}

	private UUID rowId(TestNoteEvent event) {
		return this.jdbc.sql("SELECT id FROM outbox_event WHERE event_key = :key AND payload::jsonb ->> 'text' = :text")
			.param("key", event.key())
			.param("text", event.text())
			.query(UUID.class)
			.single();
	}

	private Map<String, Object> row(UUID id) {
		return this.jdbc.sql("SELECT attempts, published_at, last_error FROM outbox_event WHERE id = :id")
			.param("id", id)
			.query()
			.singleRow();
	}

	private boolean exists(UUID id) {
		return this.jdbc.sql("SELECT count(*) FROM outbox_event WHERE id = :id")
			.param("id", id)
			.query(Integer.class)
			.single() == 1;
	}

	private String text(ConsumerRecord<String, String> record) {
		return this.json.readTree(record.value()).get("text").asString();
	}

	private static List<ConsumerRecord<String, String>> sent(List<UUID> ids) {
		List<String> wanted = ids.stream().map(UUID::toString).toList();
		return KafkaProbe.read(TestNoteEvent.TOPIC,
				(record) -> wanted.contains(KafkaProbe.header(record, EventHeaders.ID)), ids.size(),
				Duration.ofSeconds(30));
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
