package io.sentia.servicekit.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import io.sentia.events.EventHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Reading the {@code ce_*} headers of a record.
 */
class EventEnvelopeTests {

	private static final UUID ID = UUID.fromString("0b7e2c55-6f0e-4a51-9d0e-8c3f1f6f2a10");

	@Test
	void readsEveryCloudEventsHeader() {
		ConsumerRecord<String, String> record = record(ID.toString(), "2026-01-31T12:00:00.123456Z");

		EventEnvelope envelope = EventEnvelope.of(record);

		assertThat(envelope).isEqualTo(new EventEnvelope(ID, "sentia.commerce.order.upserted.v1", "integrations",
				"5e471a00-0000-4000-8000-000000000001", Instant.parse("2026-01-31T12:00:00.123456Z")));
	}

	@Test
	void rejectsARecordWithoutAnId() {
		ConsumerRecord<String, String> record = record(ID.toString(), "2026-01-31T12:00:00Z");
		record.headers().remove(EventHeaders.ID);

		assertThatExceptionOfType(MalformedEventException.class).isThrownBy(() -> EventEnvelope.of(record))
			.withMessageContaining("ce_id");
	}

	@Test
	void rejectsAnIdThatIsNotAUuid() {
		assertThatExceptionOfType(MalformedEventException.class)
			.isThrownBy(() -> EventEnvelope.of(record("order-42", "2026-01-31T12:00:00Z")))
			.withMessageContaining("order-42");
	}

	@Test
	void rejectsATimeThatIsNotAnInstant() {
		assertThatExceptionOfType(MalformedEventException.class)
			.isThrownBy(() -> EventEnvelope.of(record(ID.toString(), "31/01/2026")));
	}

	@Test
	void readsSingleHeadersAsText() {
		ConsumerRecord<String, String> record = record(ID.toString(), "2026-01-31T12:00:00Z");

		assertThat(EventEnvelope.header(record, EventHeaders.SOURCE)).isEqualTo("integrations");
		assertThat(EventEnvelope.header(record, EventHeaders.TRACEPARENT)).isNull();
	}

	private static ConsumerRecord<String, String> record(String id, String time) {
		ConsumerRecord<String, String> record = new ConsumerRecord<>("commerce.orders.v1", 1, 42L, "key", "{}");
		add(record, EventHeaders.ID, id);
		add(record, EventHeaders.TYPE, "sentia.commerce.order.upserted.v1");
		add(record, EventHeaders.SOURCE, "integrations");
		add(record, EventHeaders.TENANT, "5e471a00-0000-4000-8000-000000000001");
		add(record, EventHeaders.TIME, time);
		return record;
	}

	private static void add(ConsumerRecord<String, String> record, String name, String value) {
		record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
	}

}
