package io.sentia.analytics.catalog;

import java.util.List;

import io.sentia.analytics.cache.AnswerCache;
import io.sentia.analytics.cache.CacheArea;
import io.sentia.events.ProductUpserted;
import io.sentia.events.Topics;
import io.sentia.servicekit.kafka.EventConsumer;
import io.sentia.servicekit.kafka.KafkaConfiguration;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;

/**
 * Keeps the catalogue read model up to date from {@code catalog.products.v1}, a batch at
 * a time: idempotent, newer state wins, poison to {@code catalog.products.v1.dlt}.
 */
class ProductListener {

	/** Name under which processed events are recorded; stable across releases. */
	static final String CONSUMER = "analytics.catalog";

	private final ProductRepository repository;

	private final EventConsumer events;

	private final AnswerCache cache;

	ProductListener(ProductRepository repository, EventConsumer events, AnswerCache cache) {
		this.repository = repository;
		this.events = events;
		this.cache = cache;
	}

	@KafkaListener(id = CONSUMER, topics = Topics.CATALOG_PRODUCTS,
			containerFactory = KafkaConfiguration.BATCH_LISTENER_CONTAINER_FACTORY,
			concurrency = "${sentia.analytics.catalog.consumers:1}")
	void onProducts(List<ConsumerRecord<String, String>> records, Acknowledgment acknowledgment) {
		this.events.onBatch(CONSUMER, records, acknowledgment, ProductUpserted.class, (products) -> {
			this.repository.upsertAll(products.stream().map(Product::of).toList());
			products.forEach((event) -> this.cache.invalidate(event.tenantId(), CacheArea.CATALOG));
		});
	}

}
