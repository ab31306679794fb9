package io.sentia.analytics.revenue;

import java.util.List;

import io.sentia.analytics.cache.AnswerCache;
import io.sentia.analytics.cache.CacheArea;
import io.sentia.events.OrderUpserted;
import io.sentia.events.Topics;
import io.sentia.servicekit.kafka.EventConsumer;
import io.sentia.servicekit.kafka.KafkaConfiguration;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;

/**
 * Keeps the revenue read model up to date from {@code commerce.orders.v1}, a batch of
 * records at a time through the kit's {@link EventConsumer}: the batch's first deliveries
 * are written in one transaction with their processed-event marks, and a record that
 * cannot be read or applied goes to {@code commerce.orders.v1.dlt}. Once the batch
 * commits, the cached answers of its tenants that read sales are dropped and its new
 * orders are counted ({@link OrderMeters}).
 */
class OrderRevenueListener {

	/** Name under which processed events are recorded; stable across releases. */
	static final String CONSUMER = "analytics.revenue";

	private final OrderRevenueRepository repository;

	private final EventConsumer events;

	private final AnswerCache cache;

	private final OrderMeters meters;

	OrderRevenueListener(OrderRevenueRepository repository, EventConsumer events, AnswerCache cache,
			OrderMeters meters) {
		this.repository = repository;
		this.events = events;
		this.cache = cache;
		this.meters = meters;
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
		this.events.onBatch(CONSUMER, records, acknowledgment, OrderUpserted.class, (orders) -> {
			this.meters.firstSeen(this.repository.upsertAll(orders.stream().map(OrderRevenue::of).toList()));
			orders.forEach((event) -> this.cache.invalidate(event.tenantId(), CacheArea.SALES));
		});
	}

}
