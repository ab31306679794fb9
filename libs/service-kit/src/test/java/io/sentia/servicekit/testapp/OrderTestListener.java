package io.sentia.servicekit.testapp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.sentia.servicekit.kafka.EventEnvelope;
import io.sentia.servicekit.kafka.ProcessedEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A listener written the way services write them: parse, dedupe and apply in one
 * transaction, acknowledge after the commit. Each order's {@code failuresBeforeSuccess}
 * makes it fail that many times first, to exercise the back-off.
 */
@Component
public class OrderTestListener {

	public static final String TOPIC = "servicekit.test.orders.v1";

	public static final String CONSUMER = "service-kit-test.orders";

	private final JsonMapper json;

	private final ProcessedEvents processedEvents;

	private final TransactionTemplate transaction;

	private final JdbcClient jdbc;

	private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

	OrderTestListener(JsonMapper json, ProcessedEvents processedEvents, TransactionTemplate transaction,
			JdbcClient jdbc) {
		this.json = json;
		this.processedEvents = processedEvents;
		this.transaction = transaction;
		this.jdbc = jdbc;
	}

	@KafkaListener(topics = TOPIC, groupId = CONSUMER)
	void on(ConsumerRecord<String, String> record, Acknowledgment ack) {
		TestOrder order = this.json.readValue(record.value(), TestOrder.class);
		EventEnvelope envelope = EventEnvelope.of(record);
		if (attempts(order.id()).incrementAndGet() <= order.failuresBeforeSuccess()) {
			throw new IllegalStateException("transient failure of " + order.id());
		}
		this.transaction.executeWithoutResult((status) -> {
			if (this.processedEvents.firstDelivery(CONSUMER, envelope.id())) {
				this.jdbc.sql("INSERT INTO note (text) VALUES (:text)").param("text", order.id()).update();
			}
		});
		ack.acknowledge();
	}

	/**
	 * How often the listener was called for an order.
	 * @param orderId the order
	 * @return the attempt counter
	 */
	public AtomicInteger attempts(String orderId) {
		return this.attempts.computeIfAbsent(orderId, (id) -> new AtomicInteger());
	}

	/**
	 * The test payload.
	 *
	 * @param id order id, written to {@code note.text} when applied
	 * @param failuresBeforeSuccess how many attempts fail before one succeeds
	 */
	public record TestOrder(String id, int failuresBeforeSuccess) {

	}

}
