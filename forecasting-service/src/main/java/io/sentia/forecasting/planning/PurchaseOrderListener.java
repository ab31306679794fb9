package io.sentia.forecasting.planning;

import java.util.List;

import io.sentia.events.PurchaseOrderUpserted;
import io.sentia.events.Topics;
import io.sentia.servicekit.kafka.EventConsumer;
import io.sentia.servicekit.kafka.KafkaConfiguration;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;

/**
 * Keeps the purchase orders planning counts as on order, a batch at a time through the
 * kit's {@link EventConsumer}; unreadable records go to the dead-letter topic.
 */
class PurchaseOrderListener {

	static final String PURCHASE_ORDERS = "forecasting.purchase-orders";

	private final PurchaseOrderRepository repository;

	private final EventConsumer events;

	PurchaseOrderListener(PurchaseOrderRepository repository, EventConsumer events) {
		this.repository = repository;
		this.events = events;
	}

	@KafkaListener(id = PURCHASE_ORDERS, topics = Topics.PURCHASING_ORDERS,
			containerFactory = KafkaConfiguration.BATCH_LISTENER_CONTAINER_FACTORY)
	void onPurchaseOrders(List<ConsumerRecord<String, String>> records, Acknowledgment acknowledgment) {
		this.events.on(PURCHASE_ORDERS, records, acknowledgment, PurchaseOrderUpserted.class, this.repository::upsert);
	}

}
