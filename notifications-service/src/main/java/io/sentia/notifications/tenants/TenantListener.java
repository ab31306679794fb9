package io.sentia.notifications.tenants;

import java.util.List;

import io.sentia.events.TenantCreated;
import io.sentia.events.TenantUpdated;
import io.sentia.events.Topics;
import io.sentia.servicekit.kafka.EventConsumer;
import io.sentia.servicekit.kafka.KafkaConfiguration;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;

/**
 * Keeps the tenant directory up to date from {@code auth.tenants.v1}: idempotent, newer
 * state wins, poison to {@code auth.tenants.v1.dlt}.
 */
class TenantListener {

	/** Name under which processed events are recorded; stable across releases. */
	static final String CONSUMER = "notifications.tenants";

	private final EventConsumer.Handlers handlers;

	TenantListener(TenantDirectory directory, EventConsumer events) {
		this.handlers = events.handlers(CONSUMER)
			.on(TenantCreated.class, (created) -> directory.upsert(Tenant.of(created)))
			.on(TenantUpdated.class, (updated) -> directory.upsert(Tenant.of(updated)));
	}

	@KafkaListener(id = CONSUMER, topics = Topics.AUTH_TENANTS,
			containerFactory = KafkaConfiguration.BATCH_LISTENER_CONTAINER_FACTORY)
	void onTenants(List<ConsumerRecord<String, String>> records, Acknowledgment acknowledgment) {
		this.handlers.apply(records, acknowledgment);
	}

}
