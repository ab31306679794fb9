package io.sentia.analytics.purchasing;

import java.util.List;

import io.sentia.analytics.cache.AnswerCache;
import io.sentia.analytics.cache.CacheArea;
import io.sentia.events.PurchaseOrderUpserted;
import io.sentia.events.Topics;
import io.sentia.servicekit.kafka.EventConsumer;
import io.sentia.servicekit.kafka.KafkaConfiguration;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;

/**
 * Keeps the purchase orders read model up to date from {@code purchasing.orders.v1}:
 * idempotent, newer state wins (lines included), poison to
 * {@code purchasing.orders.v1.dlt}.
 */
class PurchaseOrderListener {

	/** Name under which processed events are recorded; stable across releases. */
	static final String CONSUMER = "analytics.purchasing";

	private final PurchaseOrderRepository repository;

	private final EventConsumer events;

	private final AnswerCache cache;

	PurchaseOrderListener(PurchaseOrderRepository repository, EventConsumer events, AnswerCache cache) {
		this.repository = repository;
		this.events = events;
		this.cache = cache;
	}

	@KafkaListener(id = CONSUMER, topics = Topics.PURCHASING_ORDERS,
			containerFactory = KafkaConfiguration.BATCH_LISTENER_CONTAINER_FACTORY,
			concurrency = "${sentia.analytics.purchasing.consumers:1}")
	void onOrders(List<ConsumerRecord<String, String>> records, Acknowledgment acknowledgment) {
		this.events.on(CONSUMER, records, acknowledgment, PurchaseOrderUpserted.class, (order) -> {
			this.repository.upsert(PurchaseOrder.of(order));
			this.cache.invalidate(order.tenantId(), CacheArea.PURCHASING);
		});
	}

}
