package io.sentia.notifications.decisions;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import io.sentia.events.AlertRaised;
import io.sentia.events.AlertResolved;
import io.sentia.events.Topics;
import io.sentia.servicekit.kafka.EventConsumer;
import io.sentia.servicekit.kafka.KafkaConfiguration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;

/**
 * Alerts of every kind from {@code alerts.v1}: a raised alert opens an episode of its
 * dedup key and notifies by the rules once; repeats while it is open notify nobody; a
 * resolved alert closes it. Poison goes to {@code alerts.v1.dlt}.
 */
class AlertListener {

	/** Name under which processed events are recorded; stable across releases. */
	static final String CONSUMER = "notifications.alerts";

	private final EventConsumer.Handlers handlers;

	AlertListener(NotificationPlanner planner, EventConsumer events, AppLinks links, JsonMapper json, Clock clock,
			AlertMeters meters) {
		this.handlers = events.handlers(CONSUMER).on(AlertRaised.class, (raised) -> {
			planner.plan(
					new Occurrence(raised.tenantId(), raised.dedupKey(), "alert:" + raised.alertId(), raised.alertId(),
							"alert.raised", raised.kind(), raised.severity().name().toLowerCase(Locale.ROOT),
							raised.title(), raised.facts(), json.writeValueAsString(raised),
							links.page("/alerts", "dedupKey", raised.dedupKey()), null, List.of(), raised.raisedAt()),
					clock.instant());
			meters.raised(raised);
		})
			.on(AlertResolved.class, (resolved) -> planner.resolve(resolved.tenantId(), resolved.dedupKey(),
					new Occurrence(resolved.tenantId(), null, "alert:" + resolved.alertId(),
							"resolved:" + resolved.alertId(), "alert.resolved", resolved.kind(), "info",
							"Resolved: " + resolved.title(), java.util.Map.of(), json.writeValueAsString(resolved),
							links.page("/alerts", "dedupKey", resolved.dedupKey()), null, List.of(),
							resolved.resolvedAt()),
					clock.instant()));
	}

	@KafkaListener(id = CONSUMER, topics = Topics.ALERTS,
			containerFactory = KafkaConfiguration.BATCH_LISTENER_CONTAINER_FACTORY)
	void onAlerts(List<ConsumerRecord<String, String>> records, Acknowledgment acknowledgment) {
		this.handlers.apply(records, acknowledgment);
	}

}
