package io.sentia.notifications.members;

import java.util.List;

import io.sentia.events.MemberChanged;
import io.sentia.events.Topics;
import io.sentia.servicekit.kafka.EventConsumer;
import io.sentia.servicekit.kafka.KafkaConfiguration;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;

/**
 * Keeps the member directory up to date from {@code auth.members.v1}: idempotent, newer
 * state wins, members of tenants not known yet kept, poison to
 * {@code auth.members.v1.dlt}.
 */
class MemberListener {

	/** Name under which processed events are recorded; stable across releases. */
	static final String CONSUMER = "notifications.members";

	private final EventConsumer.Handlers handlers;

	MemberListener(MemberDirectory directory, EventConsumer events) {
		this.handlers = events.handlers(CONSUMER)
			.on(MemberChanged.class,
					(changed) -> directory
						.upsert(new Member(changed.tenantId(), changed.userId(), changed.email(), changed.displayName(),
								changed.roles(), changed.active(), changed.locale(), changed.changedAt())));
	}

	@KafkaListener(id = CONSUMER, topics = Topics.AUTH_MEMBERS,
			containerFactory = KafkaConfiguration.BATCH_LISTENER_CONTAINER_FACTORY)
	void onMembers(List<ConsumerRecord<String, String>> records, Acknowledgment acknowledgment) {
		this.handlers.apply(records, acknowledgment);
	}

}
