package io.sentia.analytics.tenants;

import java.util.List;

import io.sentia.analytics.cache.AnswerCache;
import io.sentia.analytics.cache.CacheArea;
import io.sentia.events.TenantCreated;
import io.sentia.events.TenantUpdated;
import io.sentia.events.Topics;
import io.sentia.servicekit.kafka.EventConsumer;
import io.sentia.servicekit.kafka.KafkaConfiguration;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;

/**
 * Keeps the tenant directory up to date from {@code auth.tenants.v1} through the kit's
 * {@link EventConsumer}: idempotent, newer state wins, poison to
 * {@code auth.tenants.v1.dlt}.
 */
class TenantListener {

	/** Name under which processed events are recorded; stable across releases. */
	static final String CONSUMER = "analytics.tenants";

	private final EventConsumer.Handlers handlers;

	TenantListener(TenantDirectory directory, EventConsumer events, AnswerCache cache) {
		this.handlers = events.handlers(CONSUMER).on(TenantCreated.class, (created) -> {
			directory.upsert(Tenant.of(created));
			cache.invalidate(created.tenantId(), CacheArea.SETTINGS);
		}).on(TenantUpdated.class, (updated) -> {
			directory.upsert(Tenant.of(updated));
			cache.invalidate(updated.tenantId(), CacheArea.SETTINGS);
		});
	}

	@KafkaListener(id = CONSUMER, topics = Topics.AUTH_TENANTS,
			containerFactory = KafkaConfiguration.BATCH_LISTENER_CONTAINER_FACTORY,
			concurrency = "${sentia.analytics.tenants.consumers:1}")
	void onTenants(List<ConsumerRecord<String, String>> records, Acknowledgment acknowledgment) {
		this.handlers.apply(records, acknowledgment);
	}

}
