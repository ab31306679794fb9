package io.sentia.forecasting.planning;

import java.util.List;
import java.util.UUID;

import io.sentia.events.PurchaseOrderUpserted;
import io.sentia.events.Topics;
import io.sentia.servicekit.kafka.EventEnvelope;
import io.sentia.servicekit.kafka.KafkaConfiguration;
import io.sentia.servicekit.kafka.MalformedEventException;
import io.sentia.servicekit.kafka.ProcessedEvents;
import io.sentia.servicekit.kafka.TransactionalBatch;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;

/**
 * Keeps the purchase orders planning counts as on order, a batch at a time in one
 * transaction with its processed-event marks; unreadable records go to the dead-letter
 * topic.
 */
class PurchaseOrderListener {

	static final String PURCHASE_ORDERS = "forecasting.purchase-orders";

	private final PurchaseOrderRepository repository;

	private final ProcessedEvents processedEvents;

	private final TransactionalBatch batch;

	private final JsonMapper jsonMapper;

	PurchaseOrderListener(PurchaseOrderRepository repository, ProcessedEvents processedEvents, TransactionalBatch batch,
			JsonMapper jsonMapper) {
		this.repository = repository;
		this.processedEvents = processedEvents;
		this.batch = batch;
		this.jsonMapper = jsonMapper;
	}

	@KafkaListener(id = PURCHASE_ORDERS, topics = Topics.PURCHASING_ORDERS,
			containerFactory = KafkaConfiguration.BATCH_LISTENER_CONTAINER_FACTORY)
	void onPurchaseOrders(List<ConsumerRecord<String, String>> records, Acknowledgment acknowledgment) {
		this.batch.apply(records, this::read, (events) -> events.forEach((event) -> {
			if (this.processedEvents.firstDelivery(PURCHASE_ORDERS, event.id())) {
				this.repository.upsert(event.order());
			}
		}));
		acknowledgment.acknowledge();
	}

	/** Reads a purchase order record; other types on the topic are not ours (null). */
	private @Nullable Received read(ConsumerRecord<String, String> record) {
		EventEnvelope envelope = EventEnvelope.of(record);
		if (!PurchaseOrderUpserted.TYPE.equals(envelope.type())) {
			return null;
		}
		if (record.value() == null) {
			throw new MalformedEventException("Event " + envelope.id() + " on " + record.topic() + " has no payload");
		}
		PurchaseOrderUpserted order = this.jsonMapper.readValue(record.value(), PurchaseOrderUpserted.class);
		if (!order.tenantId().equals(envelope.tenantId())) {
			throw new MalformedEventException("Event " + envelope.id() + " is for tenant " + order.tenantId()
					+ " but its ce_tenant says " + envelope.tenantId());
		}
		return new Received(envelope.id(), order);
	}

	/** A purchase order read from a record, with the record's event id. */
	private record Received(UUID id, PurchaseOrderUpserted order) {
	}

}
