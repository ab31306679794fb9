package io.sentia.servicekit.testapp;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.sentia.servicekit.kafka.EventEnvelope;
import io.sentia.servicekit.kafka.KafkaConfiguration;
import io.sentia.servicekit.kafka.ProcessedEvents;
import io.sentia.servicekit.kafka.TransactionalBatch;
import io.sentia.servicekit.testapp.OrderTestListener.TestOrder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A batch listener written the way services write them: read every record, apply the
 * batch in one transaction through {@link TransactionalBatch}, acknowledge after the
 * commit. Started by the tests once their records are on the topic, so they arrive in one
 * batch. Counts deliveries per {@code ce_id}.
 */
@Component
public class BatchOrderTestListener {

	public static final String TOPIC = "servicekit.test.batch-orders.v1";

	public static final String ID = "service-kit-test.batch-orders";

	private final JsonMapper json;

	private final ProcessedEvents processedEvents;

	private final TransactionalBatch batch;

	private final JdbcClient jdbc;

	private final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> applyAttempts = new ConcurrentHashMap<>();

	private final Map<String, Integer> firstIndexes = new ConcurrentHashMap<>();

	private final List<Integer> batchSizes = new CopyOnWriteArrayList<>();

	BatchOrderTestListener(JsonMapper json, ProcessedEvents processedEvents, TransactionTemplate transaction,
			JdbcClient jdbc) {
		this.json = json;
		this.processedEvents = processedEvents;
		this.batch = new TransactionalBatch(transaction);
		this.jdbc = jdbc;
	}

	@KafkaListener(id = ID, topics = TOPIC, containerFactory = KafkaConfiguration.BATCH_LISTENER_CONTAINER_FACTORY,
			autoStartup = "false")
	void on(List<ConsumerRecord<String, String>> records, Acknowledgment ack) {
		this.batchSizes.add(records.size());
		for (int index = 0; index < records.size(); index++) {
			String eventId = EventEnvelope.header(records.get(index), "ce_id");
			if (eventId != null) {
				this.firstIndexes.putIfAbsent(eventId, index);
				counter(this.deliveries, eventId).incrementAndGet();
			}
		}
		this.batch.apply(records, this::read, (orders) -> {
			for (ReadOrder order : orders) {
				if (counter(this.applyAttempts, order.order().id()).incrementAndGet() <= order.order()
					.failuresBeforeSuccess()) {
					throw new IllegalStateException("transient failure of " + order.order().id());
				}
				if (this.processedEvents.firstDelivery(ID, order.envelope().id())) {
					this.jdbc.sql("INSERT INTO note (text) VALUES (:text)").param("text", order.order().id()).update();
				}
			}
		});
		ack.acknowledge();
	}

	private ReadOrder read(ConsumerRecord<String, String> record) {
		EventEnvelope envelope = EventEnvelope.of(record);
		return new ReadOrder(envelope, this.json.readValue(record.value(), TestOrder.class));
	}

	/**
	 * How often a record was handed to the listener.
	 * @param eventId its {@code ce_id}
	 * @return deliveries so far
	 */
	public int deliveries(String eventId) {
		return counter(this.deliveries, eventId).get();
	}

	/**
	 * Where a record sat in the first batch that delivered it.
	 * @param eventId its {@code ce_id}
	 * @return its index, or {@code null} if never delivered
	 */
	public Integer firstIndex(String eventId) {
		return this.firstIndexes.get(eventId);
	}

	/**
	 * Sizes of the batches delivered so far.
	 * @return one entry per listener call
	 */
	public List<Integer> batchSizes() {
		return List.copyOf(this.batchSizes);
	}

	private static AtomicInteger counter(Map<String, AtomicInteger> counters, String key) {
		return counters.computeIfAbsent(key, (k) -> new AtomicInteger());
	}

	private record ReadOrder(EventEnvelope envelope, TestOrder order) {
	}

}
