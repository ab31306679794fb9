package io.sentia.servicekit.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.sentia.events.EventHeaders;
import io.sentia.servicekit.testapp.KafkaProbe;
import io.sentia.servicekit.testapp.ServiceKitTestSupport;
import io.sentia.servicekit.testapp.TestNoteEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Publishing through the outbox with the service's own relay running.
 */
class OutboxPublisherTests extends ServiceKitTestSupport {

	private static final String TENANT = "5e471a00-0000-4000-8000-000000000001";

	@Autowired
	private OutboxPublisher publisher;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Tracer tracer;

	@Autowired
	private JsonMapper json;

	@Test
	@SuppressWarnings("try") // the scope only has to be open
	void sendsAnEventPublishedInACommittedTransactionWithItsCloudEventsHeaders() {
		TestNoteEvent event = new TestNoteEvent(TENANT, UUID.randomUUID().toString(), "restock Highland 12yo");
		Span span = this.tracer.nextSpan().name("create-note").start();
		try (Tracer.SpanInScope scope = this.tracer.withSpan(span)) {
			this.transaction.executeWithoutResult((status) -> this.publisher.publish(event));
		}
		finally {
			span.end();
		}
		UUID id = rowId(event.key());

		ConsumerRecord<String, String> record = sent(id);
		assertThat(record.key()).isEqualTo(TENANT + ":" + event.noteId());
		assertThat(KafkaProbe.header(record, EventHeaders.TYPE)).isEqualTo(TestNoteEvent.TYPE);
		assertThat(KafkaProbe.header(record, EventHeaders.SOURCE)).isEqualTo("service-kit-test");
		assertThat(KafkaProbe.header(record, EventHeaders.TENANT)).isEqualTo(TENANT);
		assertThat(Instant.parse(KafkaProbe.header(record, EventHeaders.TIME))).isNotNull();
		assertThat(KafkaProbe.header(record, EventHeaders.TRACEPARENT)).contains(span.context().traceId());
		JsonNode payload = this.json.readTree(record.value());
		assertThat(payload.get("text").asString()).isEqualTo("restock Highland 12yo");
		assertThat(payload.has("topic")).isFalse();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(row(id)).containsEntry("attempts", 1)
				.hasEntrySatisfying("published_at", (publishedAt) -> assertThat(publishedAt).isNotNull()));
	}

	@Test
	void publishesNothingWhenTheTransactionRollsBack() {
		TestNoteEvent event = new TestNoteEvent(TENANT, UUID.randomUUID().toString(), "never happened");
		this.transaction.executeWithoutResult((status) -> {
			this.publisher.publish(event);
			status.setRollbackOnly();
		});
		TestNoteEvent control = new TestNoteEvent(TENANT, UUID.randomUUID().toString(), "happened");
		this.transaction.executeWithoutResult((status) -> this.publisher.publish(control));

		// The control event, written after the rolled-back one, arrives; the other never
		// does.
		sent(rowId(control.key()));
		assertThat(this.jdbc.sql("SELECT count(*) FROM outbox_event WHERE event_key = :key")
			.param("key", event.key())
			.query(Integer.class)
			.single()).isZero();
		List<ConsumerRecord<String, String>> rolledBack = KafkaProbe.read(TestNoteEvent.TOPIC,
				(record) -> event.key().equals(record.key()), 1, Duration.ofSeconds(2));
		assertThat(rolledBack).isEmpty();
	}

	@Test
	void refusesToPublishOutsideATransaction() {
		assertThatExceptionOfType(IllegalTransactionStateException.class)
			.isThrownBy(() -> this.publisher.publish(new TestNoteEvent(TENANT, UUID.randomUUID().toString(), "no tx")));
	}

	private UUID rowId(String key) {
		return this.jdbc.sql("SELECT id FROM outbox_event WHERE event_key = :key")
			.param("key", key)
			.query(UUID.class)
			.single();
	}

	private Map<String, Object> row(UUID id) {
		return this.jdbc.sql("SELECT attempts, published_at, last_error FROM outbox_event WHERE id = :id")
			.param("id", id)
			.query()
			.singleRow();
	}

	private static ConsumerRecord<String, String> sent(UUID id) {
		List<ConsumerRecord<String, String>> records = KafkaProbe.read(TestNoteEvent.TOPIC,
				(record) -> id.toString().equals(KafkaProbe.header(record, EventHeaders.ID)), 1,
				Duration.ofSeconds(30));
		assertThat(records).as("record with ce_id %s", id).hasSize(1);
		return records.getFirst();
	}

}
