package io.sentia.servicekit.kafka;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.sentia.events.EventHeaders;
import io.sentia.events.Topics;
import io.sentia.servicekit.testapp.BatchOrderTestListener;
import io.sentia.servicekit.testapp.KafkaProbe;
import io.sentia.servicekit.testapp.ServiceKitTestSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The kit's batch listener container factory with {@link TransactionalBatch}: a record
 * that fails in the middle of a batch is retried from its position and then dead-lettered
 * with its original coordinates, the records before it are committed once and the records
 * after it are still applied once. Each test puts its records on one partition while the
 * listener is stopped, so they arrive together (at most 4 per batch in tests; retries 50
 * ms, 2 retries).
 */
class BatchDeadLetterTests extends ServiceKitTestSupport {

	private static final String TOPIC = BatchOrderTestListener.TOPIC;

	@Autowired
	private BatchOrderTestListener listener;

	@Autowired
	private KafkaListenerEndpointRegistry registry;

	@Autowired
	private JdbcClient jdbc;

	private final String key = "tenant:" + UUID.randomUUID();

	@BeforeEach
	void stopListenerSoTheRecordsArriveInOneBatch() {
		container().stop();
	}

	@Test
	void deadLettersAMalformedRecordInTheMiddleOfABatchAtOnceAndAppliesTheOthersOnce() {
		Sent first = send(order(0));
		Sent second = send(order(0));
		UUID malformedId = UUID.randomUUID();
		RecordMetadata malformed = KafkaProbe.send(TOPIC, this.key, "{\"id\": not json", headers(malformedId));
		Sent third = send(order(0));
		Sent fourth = send(order(0));
		container().start();

		awaitApplied(fourth);
		assertThat(this.listener.firstIndex(malformedId.toString())).as("index in its batch").isEqualTo(2);
		assertAppliedOnceAndDeliveredOnce(first, second);
		assertThat(applied(third.order())).isEqualTo(1);
		assertThat(this.listener.deliveries(malformedId.toString())).as("not retried").isEqualTo(1);
		ConsumerRecord<String, String> dead = deadLetter(malformedId);
		assertThat(dead.value()).isEqualTo("{\"id\": not json");
		assertThat(dead.key()).isEqualTo(this.key);
		assertThat(KafkaProbe.header(dead, "kafka_dlt-original-topic")).isEqualTo(TOPIC);
		assertThat(ByteBuffer.wrap(dead.headers().lastHeader("kafka_dlt-original-partition").value()).getInt())
			.isEqualTo(malformed.partition());
		assertThat(ByteBuffer.wrap(dead.headers().lastHeader("kafka_dlt-original-offset").value()).getLong())
			.isEqualTo(malformed.offset());
		assertThat(KafkaProbe.header(dead, "kafka_dlt-exception-fqcn") + " "
				+ KafkaProbe.header(dead, "kafka_dlt-exception-cause-fqcn"))
			.contains("tools.jackson");
		assertThat(this.listener.batchSizes()).allSatisfy((size) -> assertThat(size).isBetween(1, 4));
	}

	@Test
	void deadLettersARecordWithoutItsCeHeadersAtOnce() {
		Sent first = send(order(0));
		UUID headless = UUID.randomUUID();
		Map<String, String> headers = new HashMap<>(headers(headless));
		headers.remove(EventHeaders.TENANT);
		KafkaProbe.send(TOPIC, this.key, "{\"id\":\"" + UUID.randomUUID() + "\",\"failuresBeforeSuccess\":0}", headers);
		Sent last = send(order(0));
		container().start();

		awaitApplied(last);
		assertAppliedOnceAndDeliveredOnce(first);
		assertThat(applied(last.order())).isEqualTo(1);
		assertThat(this.listener.deliveries(headless.toString())).as("not retried").isEqualTo(1);
		assertThat(KafkaProbe.header(deadLetter(headless), "kafka_dlt-exception-message"))
			.contains(EventHeaders.TENANT);
	}

	@Test
	void retriesAFailingRecordFromItsPositionThenDeadLettersItAndAppliesTheRecordsAfterIt() {
		Sent first = send(order(0));
		Sent failing = send(order(10));
		Sent last = send(order(0));
		container().start();

		awaitApplied(last);
		assertAppliedOnceAndDeliveredOnce(first);
		assertThat(this.listener.deliveries(failing.eventId().toString())).as("first delivery and 2 retries")
			.isEqualTo(3);
		assertThat(applied(failing.order())).isZero();
		assertThat(KafkaProbe.header(deadLetter(failing.eventId()), "kafka_dlt-exception-message"))
			.contains("transient failure of " + failing.order());
		assertThat(applied(last.order())).isEqualTo(1);
	}

	@Test
	void retriesATransientFailureFromItsPositionAndAppliesEveryRecordOnce() {
		Sent first = send(order(0));
		// Fails in the batch and on its own in the first delivery, then in the batch of
		// the retry, then succeeds on its own.
		Sent flaky = send(order(3));
		Sent last = send(order(0));
		container().start();

		awaitApplied(last);
		assertAppliedOnceAndDeliveredOnce(first);
		assertThat(this.listener.deliveries(flaky.eventId().toString())).isEqualTo(2);
		assertThat(applied(flaky.order())).isEqualTo(1);
		assertThat(applied(last.order())).isEqualTo(1);
	}

	private MessageListenerContainer container() {
		MessageListenerContainer container = this.registry.getListenerContainer(BatchOrderTestListener.ID);
		assertThat(container).isNotNull();
		return container;
	}

	private void assertAppliedOnceAndDeliveredOnce(Sent... records) {
		for (Sent record : records) {
			assertThat(applied(record.order())).as("%s applied", record.order()).isEqualTo(1);
			assertThat(this.listener.deliveries(record.eventId().toString())).as("%s delivered", record.order())
				.isEqualTo(1);
		}
	}

	private void awaitApplied(Sent record) {
		await().atMost(Duration.ofSeconds(30)).until(() -> applied(record.order()) == 1);
	}

	private static String order(int failuresBeforeSuccess) {
		return "{\"id\":\"" + UUID.randomUUID() + "\",\"failuresBeforeSuccess\":" + failuresBeforeSuccess + "}";
	}

	private Sent send(String payload) {
		UUID eventId = UUID.randomUUID();
		KafkaProbe.send(TOPIC, this.key, payload, headers(eventId));
		return new Sent(eventId, payload.substring(7, 43));
	}

	private static Map<String, String> headers(UUID eventId) {
		return Map.of(EventHeaders.ID, eventId.toString(), EventHeaders.TYPE, "sentia.test.order.upserted.v1",
				EventHeaders.SOURCE, "test", EventHeaders.TENANT, "5e471a00-0000-4000-8000-000000000001",
				EventHeaders.TIME, Instant.now().toString());
	}

	private int applied(String order) {
		return this.jdbc.sql("SELECT count(*) FROM note WHERE text = :order")
			.param("order", order)
			.query(Integer.class)
			.single();
	}

	private ConsumerRecord<String, String> deadLetter(UUID eventId) {
		List<ConsumerRecord<String, String>> dead = KafkaProbe.read(Topics.deadLetter(TOPIC),
				(record) -> eventId.toString().equals(KafkaProbe.header(record, EventHeaders.ID)), 1,
				Duration.ofSeconds(30));
		assertThat(dead).as("dead letter of %s", eventId).hasSize(1);
		return dead.getFirst();
	}

	/** A record the test sent: its event id and the order id in its payload. */
	private record Sent(UUID eventId, String order) {
	}

}
