package io.sentia.servicekit.kafka;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.sentia.events.EventHeaders;
import io.sentia.events.Topics;
import io.sentia.servicekit.testapp.KafkaProbe;
import io.sentia.servicekit.testapp.OrderTestListener;
import io.sentia.servicekit.testapp.ServiceKitTestSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The kit's listener container factory: retry with back-off, then {@code <topic>.dlt}
 * with the original coordinates, and the next record is consumed either way. Retries are
 * configured short for tests (50 ms, 2 retries).
 */
class DeadLetterTests extends ServiceKitTestSupport {

	private static final String TOPIC = OrderTestListener.TOPIC;

	@Autowired
	private OrderTestListener listener;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private MeterRegistry meters;

	@Test
	void sendsAMalformedPayloadToTheDeadLetterTopicAndConsumesTheNextRecord() {
		double deadBefore = deadLetters();
		String key = "tenant:" + UUID.randomUUID();
		UUID malformedId = UUID.randomUUID();
		RecordMetadata malformed = KafkaProbe.send(TOPIC, key, "{\"id\": not json", headers(malformedId));
		String nextOrder = UUID.randomUUID().toString();
		send(key, nextOrder, 0);

		await().atMost(Duration.ofSeconds(30)).until(() -> applied(nextOrder) == 1);
		ConsumerRecord<String, String> dead = deadLetter(malformedId);
		assertThat(dead.value()).isEqualTo("{\"id\": not json");
		assertThat(dead.key()).isEqualTo(key);
		assertThat(KafkaProbe.header(dead, "kafka_dlt-original-topic")).isEqualTo(TOPIC);
		assertThat(ByteBuffer.wrap(dead.headers().lastHeader("kafka_dlt-original-partition").value()).getInt())
			.isEqualTo(malformed.partition());
		assertThat(ByteBuffer.wrap(dead.headers().lastHeader("kafka_dlt-original-offset").value()).getLong())
			.isEqualTo(malformed.offset());
		assertThat(KafkaProbe.header(dead, "kafka_dlt-exception-fqcn") + " "
				+ KafkaProbe.header(dead, "kafka_dlt-exception-cause-fqcn"))
			.contains("tools.jackson");
		assertThat(KafkaProbe.header(dead, EventHeaders.ID)).isEqualTo(malformedId.toString());
		// Counted for the alert on dead letters, under the dead-letter topic.
		assertThat(deadLetters()).isEqualTo(deadBefore + 1);
	}

	private double deadLetters() {
		Counter counter = this.meters.find(KafkaConfiguration.DEAD_LETTERS)
			.tag("topic", Topics.deadLetter(TOPIC))
			.counter();
		return (counter != null) ? counter.count() : 0;
	}

	@Test
	void retriesATransientFailureThenAppliesTheRecordOnce() {
		String order = UUID.randomUUID().toString();
		send("tenant:" + order, order, 2);

		await().atMost(Duration.ofSeconds(30)).until(() -> applied(order) == 1);
		assertThat(this.listener.attempts(order)).hasValue(3);
	}

	@Test
	void deadLettersARecordThatStillFailsAfterTheRetries() {
		String order = UUID.randomUUID().toString();
		UUID eventId = send("tenant:" + order, order, 10);

		ConsumerRecord<String, String> dead = deadLetter(eventId);
		assertThat(KafkaProbe.header(dead, "kafka_dlt-exception-message")).contains("transient failure of " + order);
		assertThat(this.listener.attempts(order)).hasValue(3);
		assertThat(applied(order)).isZero();
	}

	@Test
	void appliesARedeliveredEventOnlyOnce() {
		String key = "tenant:" + UUID.randomUUID();
		String order = UUID.randomUUID().toString();
		UUID eventId = UUID.randomUUID();
		String payload = "{\"id\":\"" + order + "\",\"failuresBeforeSuccess\":0}";
		KafkaProbe.send(TOPIC, key, payload, headers(eventId));
		KafkaProbe.send(TOPIC, key, payload, headers(eventId));
		String marker = UUID.randomUUID().toString();
		send(key, marker, 0);

		// Same key, same partition: once the marker is applied, both copies were
		// consumed.
		await().atMost(Duration.ofSeconds(30)).until(() -> applied(marker) == 1);
		assertThat(this.listener.attempts(order)).hasValue(2);
		assertThat(applied(order)).isEqualTo(1);
	}

	private UUID send(String key, String order, int failuresBeforeSuccess) {
		UUID eventId = UUID.randomUUID();
		KafkaProbe.send(TOPIC, key, "{\"id\":\"" + order + "\",\"failuresBeforeSuccess\":" + failuresBeforeSuccess
				+ ",\"addedLater\":true}", headers(eventId));
		return eventId;
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

}
