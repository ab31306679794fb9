package io.sentia.analytics.capital.history;

import java.util.List;

import io.sentia.analytics.cache.AnswerCache;
import io.sentia.analytics.cache.CacheArea;
import io.sentia.events.InventoryLevelChanged;
import io.sentia.events.Topics;
import io.sentia.servicekit.kafka.EventConsumer;
import io.sentia.servicekit.kafka.KafkaConfiguration;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;

/**
 * Keeps the daily inventory history from {@code inventory.levels.v1}, a batch at a time
 * through the kit's {@link EventConsumer}: idempotent, the level measured latest in a day
 * wins, poison to {@code inventory.levels.v1.dlt}. A consumer of its own, beside the
 * latest-level read model's, so either can be replayed alone.
 */
class InventoryHistoryListener {

	/** Name under which processed events are recorded; stable across releases. */
	static final String CONSUMER = "analytics.inventory-history";

	private final InventoryHistoryRepository repository;

	private final EventConsumer events;

	private final AnswerCache cache;

	InventoryHistoryListener(InventoryHistoryRepository repository, EventConsumer events, AnswerCache cache) {
		this.repository = repository;
		this.events = events;
		this.cache = cache;
	}

	@KafkaListener(id = CONSUMER, topics = Topics.INVENTORY_LEVELS,
			containerFactory = KafkaConfiguration.BATCH_LISTENER_CONTAINER_FACTORY,
			concurrency = "${sentia.analytics.inventory-history.consumers:1}")
	void onLevels(List<ConsumerRecord<String, String>> records, Acknowledgment acknowledgment) {
		this.events.onBatch(CONSUMER, records, acknowledgment, InventoryLevelChanged.class, (levels) -> {
			this.repository.keepAll(levels);
			levels.stream()
				.map(InventoryLevelChanged::tenantId)
				.distinct()
				.forEach((tenant) -> this.cache.invalidate(tenant, CacheArea.INVENTORY));
		});
	}

}
