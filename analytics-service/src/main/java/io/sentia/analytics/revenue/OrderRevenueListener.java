package io.sentia.analytics.revenue;

import io.sentia.events.OrderUpserted;
import io.sentia.events.Topics;
import io.sentia.servicekit.kafka.EventEnvelope;
import io.sentia.servicekit.kafka.MalformedEventException;
import io.sentia.servicekit.kafka.ProcessedEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the revenue read model up to date from {@code commerce.orders.v1}. Each record is
 * applied in one transaction with its processed-event mark, and acknowledged only after
 * that commits; a record that cannot be read throws, and the kit's error handler sends it
 * to {@code commerce.orders.v1.dlt}.
 */
class OrderRevenueListener {

	/** Name under which processed events are recorded; stable across releases. */
	static final String CONSUMER = "analytics.revenue";

	private static final Logger log = LoggerFactory.getLogger(OrderRevenueListener.class);

	private final OrderRevenueRepository repository;

	private final ProcessedEvents processedEvents;

	private final TransactionTemplate transaction;

	private final JsonMapper jsonMapper;

	OrderRevenueListener(OrderRevenueRepository repository, ProcessedEvents processedEvents,
			TransactionTemplate transaction, JsonMapper jsonMapper) {
		this.repository = repository;
		this.processedEvents = processedEvents;
		this.transaction = transaction;
		this.jsonMapper = jsonMapper;
	}

	/**
	 * Applies one order record. Each partition has one consumer thread, so an order's
	 * snapshots are still applied in the order they were published; more threads only
	 * spread the per-record commits (database and offset) over the partitions.
	 * @param record the record
	 * @param acknowledgment commits the offset, after the database transaction
	 */
	@KafkaListener(id = CONSUMER, topics = Topics.COMMERCE_ORDERS,
			concurrency = "${sentia.analytics.revenue.consumers:3}")
	void onOrder(ConsumerRecord<String, String> record, Acknowledgment acknowledgment) {
		EventEnvelope envelope = EventEnvelope.of(record);
		if (!OrderUpserted.TYPE.equals(envelope.type())) {
			// A newer producer may add event types to the topic; they are not ours to
			// read.
			log.debug("Skipping {} event {} on {}", envelope.type(), envelope.id(), record.topic());
			acknowledgment.acknowledge();
			return;
		}
		if (record.value() == null) {
			throw new MalformedEventException("Order event " + envelope.id() + " has no payload");
		}
		OrderUpserted order = this.jsonMapper.readValue(record.value(), OrderUpserted.class);
		if (!order.tenantId().equals(envelope.tenantId())) {
			throw new MalformedEventException("Order event " + envelope.id() + " is for tenant " + order.tenantId()
					+ " but its ce_tenant says " + envelope.tenantId());
		}
		this.transaction.executeWithoutResult((status) -> {
			if (this.processedEvents.firstDelivery(CONSUMER, envelope.id())) {
				this.repository.upsert(OrderRevenue.of(order));
			}
		});
		acknowledgment.acknowledge();
	}

}
