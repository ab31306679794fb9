package io.sentia.analytics.inventory;

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
 * Keeps the inventory read model up to date from {@code inventory.levels.v1}, a batch at
 * a time: idempotent, the latest {@code asOf} wins, poison to
 * {@code inventory.levels.v1.dlt}.
 */
class InventoryLevelListener {

	/** Name under which processed events are recorded; stable across releases. */
	static final String CONSUMER = "analytics.inventory";

	private final InventoryLevelRepository repository;

	private final EventConsumer events;

	private final AnswerCache cache;

	InventoryLevelListener(InventoryLevelRepository repository, EventConsumer events, AnswerCache cache) {
		this.repository = repository;
		this.events = events;
		this.cache = cache;
	}

	@KafkaListener(id = CONSUMER, topics = Topics.INVENTORY_LEVELS,
			containerFactory = KafkaConfiguration.BATCH_LISTENER_CONTAINER_FACTORY,
			concurrency = "${sentia.analytics.inventory.consumers:2}")
	void onLevels(List<ConsumerRecord<String, String>> records, Acknowledgment acknowledgment) {
		this.events.onBatch(CONSUMER, records, acknowledgment, InventoryLevelChanged.class, (levels) -> {
			this.repository.upsertAll(levels.stream().map(InventoryLevel::of).toList());
			levels.forEach((event) -> this.cache.invalidate(event.tenantId(), CacheArea.INVENTORY));
		});
	}

}
