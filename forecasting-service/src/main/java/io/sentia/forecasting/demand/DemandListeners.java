package io.sentia.forecasting.demand;

import java.util.List;
import java.util.UUID;

import io.sentia.events.InventoryLevelChanged;
import io.sentia.events.OrderUpserted;
import io.sentia.events.ProductUpserted;
import io.sentia.events.SentiaEvent;
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
 * Keeps the demand read model up to date from orders, products and stock levels, a batch
 * at a time: each batch is applied in one transaction together with its processed-event
 * marks (a redelivery changes nothing) and acknowledged after that commits; a record that
 * cannot be read or applied goes to its topic's dead-letter topic.
 */
class DemandListeners {

	static final String ORDERS = "forecasting.orders";

	static final String PRODUCTS = "forecasting.products";

	static final String LEVELS = "forecasting.inventory-levels";

	private final DemandRepository repository;

	private final ProcessedEvents processedEvents;

	private final TransactionalBatch batch;

	private final JsonMapper jsonMapper;

	DemandListeners(DemandRepository repository, ProcessedEvents processedEvents, TransactionalBatch batch,
			JsonMapper jsonMapper) {
		this.repository = repository;
		this.processedEvents = processedEvents;
		this.batch = batch;
		this.jsonMapper = jsonMapper;
	}

	@KafkaListener(id = ORDERS, topics = Topics.COMMERCE_ORDERS,
			containerFactory = KafkaConfiguration.BATCH_LISTENER_CONTAINER_FACTORY)
	void onOrders(List<ConsumerRecord<String, String>> records, Acknowledgment acknowledgment) {
		this.batch.apply(records, (record) -> read(record, OrderUpserted.TYPE, OrderUpserted.class),
				(events) -> events.forEach((event) -> {
					if (this.processedEvents.firstDelivery(ORDERS, event.id())) {
						this.repository.upsertOrder(event.payload());
					}
				}));
		acknowledgment.acknowledge();
	}

	@KafkaListener(id = PRODUCTS, topics = Topics.CATALOG_PRODUCTS,
			containerFactory = KafkaConfiguration.BATCH_LISTENER_CONTAINER_FACTORY)
	void onProducts(List<ConsumerRecord<String, String>> records, Acknowledgment acknowledgment) {
		this.batch.apply(records, (record) -> read(record, ProductUpserted.TYPE, ProductUpserted.class),
				(events) -> events.forEach((event) -> {
					if (this.processedEvents.firstDelivery(PRODUCTS, event.id())) {
						this.repository.upsertProduct(event.payload());
					}
				}));
		acknowledgment.acknowledge();
	}

	@KafkaListener(id = LEVELS, topics = Topics.INVENTORY_LEVELS,
			containerFactory = KafkaConfiguration.BATCH_LISTENER_CONTAINER_FACTORY)
	void onLevels(List<ConsumerRecord<String, String>> records, Acknowledgment acknowledgment) {
		this.batch.apply(records, (record) -> read(record, InventoryLevelChanged.TYPE, InventoryLevelChanged.class),
				(events) -> events.forEach((event) -> {
					if (this.processedEvents.firstDelivery(LEVELS, event.id())) {
						this.repository.insertLevel(event.payload());
					}
				}));
		acknowledgment.acknowledge();
	}

	/**
	 * Reads a record of the expected type; other types on the topic are not ours (null).
	 */
	private <T extends SentiaEvent> @Nullable Received<T> read(ConsumerRecord<String, String> record, String type,
			Class<T> payloadType) {
		EventEnvelope envelope = EventEnvelope.of(record);
		if (!type.equals(envelope.type())) {
			return null;
		}
		if (record.value() == null) {
			throw new MalformedEventException("Event " + envelope.id() + " on " + record.topic() + " has no payload");
		}
		T payload = this.jsonMapper.readValue(record.value(), payloadType);
		if (!payload.tenantId().equals(envelope.tenantId())) {
			throw new MalformedEventException("Event " + envelope.id() + " is for tenant " + payload.tenantId()
					+ " but its ce_tenant says " + envelope.tenantId());
		}
		return new Received<>(envelope.id(), payload);
	}

	/** An event read from a record, with the record's event id. */
	private record Received<T>(UUID id, T payload) {
	}

}
