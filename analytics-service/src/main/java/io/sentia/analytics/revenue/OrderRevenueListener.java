package io.sentia.analytics.revenue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.sentia.events.OrderUpserted;
import io.sentia.events.Topics;
import io.sentia.servicekit.kafka.EventEnvelope;
import io.sentia.servicekit.kafka.KafkaConfiguration;
import io.sentia.servicekit.kafka.MalformedEventException;
import io.sentia.servicekit.kafka.ProcessedEvents;
import io.sentia.servicekit.kafka.TransactionalBatch;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;

/**
 * Keeps the revenue read model up to date from {@code commerce.orders.v1}, a batch of
 * records at a time: every record is read first, then the batch is applied in one
 * transaction with its processed-event marks and acknowledged only after that commits. A
 * record that cannot be read or applied is reported at its index, so the kit's error
 * handler commits the ones before it and sends it to {@code commerce.orders.v1.dlt}.
 */
class OrderRevenueListener {

	/** Name under which processed events are recorded; stable across releases. */
	static final String CONSUMER = "analytics.revenue";

	private static final Logger log = LoggerFactory.getLogger(OrderRevenueListener.class);

	private final OrderRevenueRepository repository;

	private final ProcessedEvents processedEvents;

	private final TransactionalBatch batch;

	private final JsonMapper jsonMapper;

	OrderRevenueListener(OrderRevenueRepository repository, ProcessedEvents processedEvents, TransactionalBatch batch,
			JsonMapper jsonMapper) {
		this.repository = repository;
		this.processedEvents = processedEvents;
		this.batch = batch;
		this.jsonMapper = jsonMapper;
	}

	/**
	 * Applies a batch of order records. Each partition has one consumer thread and a
	 * batch keeps each partition's order, so an order's snapshots are still applied in
	 * the order they were published.
	 * @param records the batch
	 * @param acknowledgment commits the batch's offsets, after the database transaction
	 */
	@KafkaListener(id = CONSUMER, topics = Topics.COMMERCE_ORDERS,
			containerFactory = KafkaConfiguration.BATCH_LISTENER_CONTAINER_FACTORY,
			concurrency = "${sentia.analytics.revenue.consumers:3}")
	void onOrders(List<ConsumerRecord<String, String>> records, Acknowledgment acknowledgment) {
		this.batch.apply(records, this::read, this::apply);
		acknowledgment.acknowledge();
	}

	private @Nullable OrderEvent read(ConsumerRecord<String, String> record) {
		EventEnvelope envelope = EventEnvelope.of(record);
		if (!OrderUpserted.TYPE.equals(envelope.type())) {
			// A newer producer may add event types to the topic; they are not ours to
			// read.
			log.debug("Skipping {} event {} on {}", envelope.type(), envelope.id(), record.topic());
			return null;
		}
		if (record.value() == null) {
			throw new MalformedEventException("Order event " + envelope.id() + " has no payload");
		}
		OrderUpserted order = this.jsonMapper.readValue(record.value(), OrderUpserted.class);
		if (!order.tenantId().equals(envelope.tenantId())) {
			throw new MalformedEventException("Order event " + envelope.id() + " is for tenant " + order.tenantId()
					+ " but its ce_tenant says " + envelope.tenantId());
		}
		return new OrderEvent(envelope.id(), OrderRevenue.of(order));
	}

	/** Runs in the batch's transaction; the first delivery of each event counts. */
	private void apply(List<OrderEvent> events) {
		List<OrderRevenue> firstDeliveries = new ArrayList<>(events.size());
		for (OrderEvent event : events) {
			if (this.processedEvents.firstDelivery(CONSUMER, event.id())) {
				firstDeliveries.add(event.order());
			}
		}
		this.repository.upsertAll(firstDeliveries);
	}

	/** An order snapshot read from a record, with the record's event id. */
	private record OrderEvent(UUID id, OrderRevenue order) {
	}

}
