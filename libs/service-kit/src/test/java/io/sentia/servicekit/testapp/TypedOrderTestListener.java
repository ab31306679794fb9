package io.sentia.servicekit.testapp;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.sentia.events.OrderUpserted;
import io.sentia.servicekit.kafka.EventConsumer;
import io.sentia.servicekit.kafka.KafkaConfiguration;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.stereotype.Component;

/**
 * A batch listener written the way services write them with {@link EventConsumer}: one
 * line per topic. Writes each handled order's id to {@code note} and counts the handler's
 * calls per order. Started by the tests once their records are on the topic.
 */
@Component
public class TypedOrderTestListener {

	public static final String TOPIC = "servicekit.test.typed-orders.v1";

	public static final String ID = "service-kit-test.typed-orders";

	private final EventConsumer events;

	private final JdbcClient jdbc;

	private final Map<String, AtomicInteger> handled = new ConcurrentHashMap<>();

	TypedOrderTestListener(EventConsumer events, JdbcClient jdbc) {
		this.events = events;
		this.jdbc = jdbc;
	}

	@KafkaListener(id = ID, topics = TOPIC, containerFactory = KafkaConfiguration.BATCH_LISTENER_CONTAINER_FACTORY,
			autoStartup = "false")
	void on(List<ConsumerRecord<String, String>> records, Acknowledgment acknowledgment) {
		this.events.on(ID, records, acknowledgment, OrderUpserted.class, this::record);
	}

	private void record(OrderUpserted order) {
		this.handled.computeIfAbsent(order.orderId(), (id) -> new AtomicInteger()).incrementAndGet();
		this.jdbc.sql("INSERT INTO note (text) VALUES (:text)").param("text", order.orderId()).update();
	}

	/**
	 * How often the handler was called for an order, committed or not.
	 * @param orderId the order
	 * @return calls so far
	 */
	public int handled(String orderId) {
		AtomicInteger calls = this.handled.get(orderId);
		return (calls != null) ? calls.get() : 0;
	}

}
