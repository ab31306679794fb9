package io.sentia.notifications;

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
 * Publishes catalogue events to the test broker the way the outbox relay does: the
 * event's key, JSON payload and {@code ce_*} headers.
 */
public final class KafkaEvents implements AutoCloseable {

	private final KafkaProducer<String, String> producer;

	private final JsonMapper json;

	public KafkaEvents(String bootstrapServers, JsonMapper json) {
		Properties properties = new Properties();
		properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		properties.put(ProducerConfig.ACKS_CONFIG, "all");
		this.producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
		this.json = json;
	}

	/**
	 * Publishes an event under a new id.
	 * @param event the event
	 * @return its id
	 */
	public UUID publish(SentiaEvent event) {
		UUID id = UUID.randomUUID();
		publish(event, id);
		return id;
	}

	/**
	 * Publishes an event under a given id, e.g. again to redeliver it.
	 * @param event the event
	 * @param id its {@code ce_id}
	 */
	public void publish(SentiaEvent event, UUID id) {
		send(event.topic(), event.key(), this.json.writeValueAsString(event), id, event.eventType(), event.tenantId());
	}

	/**
	 * Publishes any payload with the given headers, e.g. a malformed one.
	 */
	public void send(String topic, String key, String payload, UUID id, String type, String tenantId) {
		ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, payload);
		record.headers().add(EventHeaders.ID, bytes(id.toString()));
		record.headers().add(EventHeaders.TYPE, bytes(type));
		record.headers().add(EventHeaders.SOURCE, bytes("test"));
		record.headers().add(EventHeaders.TIME, bytes(Instant.now().toString()));
		record.headers().add(EventHeaders.TENANT, bytes(tenantId));
		try {
			this.producer.send(record).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not publish to " + topic, ex);
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
