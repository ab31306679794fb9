package io.sentia.analytics;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;

import io.sentia.events.EventHeaders;
import io.sentia.events.SentiaEvent;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes catalogue events to the test broker exactly as a producing service does: JSON
 * payload, {@code ce_*} headers, keyed by entity, all on partition 0 so a test's records
 * are consumed in the order it sends them.
 */
public final class EventWire implements AutoCloseable {

	private final KafkaProducer<String, String> producer;

	private final JsonMapper jsonMapper;

	public EventWire(String bootstrapServers, JsonMapper jsonMapper) {
		Properties properties = new Properties();
		properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		properties.put(ProducerConfig.ACKS_CONFIG, "all");
		this.producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
		this.jsonMapper = jsonMapper;
	}

	/**
	 * Publishes an event under a new id.
	 * @param event the event
	 * @return its id
	 */
	public UUID publish(SentiaEvent event) {
		UUID eventId = UUID.randomUUID();
		send(event.topic(), event.key(), this.jsonMapper.writeValueAsString(event), eventId, event.eventType(),
				event.tenantId());
		return eventId;
	}

	/**
	 * Sends a record with the headers of a catalogue event, whatever its value.
	 * @param topic the topic
	 * @param key the record key
	 * @param value the payload, possibly malformed
	 * @param eventId {@code ce_id}
	 * @param type {@code ce_type}
	 * @param tenant {@code ce_tenant}
	 */
	public void send(String topic, String key, String value, UUID eventId, String type, String tenant) {
		ProducerRecord<String, String> record = new ProducerRecord<>(topic, 0, key, value);
		record.headers().add(EventHeaders.ID, bytes(eventId.toString()));
		record.headers().add(EventHeaders.TYPE, bytes(type));
		record.headers().add(EventHeaders.SOURCE, bytes("integrations-service"));
		record.headers().add(EventHeaders.TIME, bytes(Instant.now().toString()));
		record.headers().add(EventHeaders.TENANT, bytes(tenant));
		try {
			this.producer.send(record).get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while publishing to " + topic, ex);
		}
		catch (java.util.concurrent.ExecutionException ex) {
			throw new IllegalStateException("Could not publish to " + topic, ex.getCause());
		}
	}

	private static byte[] bytes(String value) {
		return value.getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public void close() {
		this.producer.close();
	}

}
