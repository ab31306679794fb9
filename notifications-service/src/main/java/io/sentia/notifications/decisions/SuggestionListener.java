package io.sentia.notifications.decisions;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.sentia.events.SuggestionStatusChanged;
import io.sentia.events.Topics;
import io.sentia.notifications.rules.NotificationKinds;
import io.sentia.servicekit.kafka.EventConsumer;
import io.sentia.servicekit.kafka.KafkaConfiguration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;

/**
 * Purchase suggestions from {@code forecasting.recommendations.v1}: one waiting for
 * approval goes by the rules (the defaults: the tenant's MANAGERs); one approved or
 * rejected goes to whoever asked for it. Other event types on the topic are skipped.
 */
class SuggestionListener {

	/** Name under which processed events are recorded; stable across releases. */
	static final String CONSUMER = "notifications.suggestions";

	private final EventConsumer.Handlers handlers;

	SuggestionListener(NotificationPlanner planner, EventConsumer events, AppLinks links, JsonMapper json,
			Clock clock) {
		this.handlers = events.handlers(CONSUMER).on(SuggestionStatusChanged.class, (changed) -> {
			boolean awaiting = SuggestionStatusChanged.AWAITING_APPROVAL.equals(changed.status());
			boolean decided = SuggestionStatusChanged.APPROVED.equals(changed.status())
					|| SuggestionStatusChanged.REJECTED.equals(changed.status());
			if (!awaiting && !decided) {
				return;
			}
			String title = awaiting
					? "A purchase of " + changed.sku() + " for " + changed.locationId() + " waits for your approval"
					: "Your suggested purchase of " + changed.sku() + " was " + changed.status();
			List<String> subjects = (decided && changed.requestedBy() != null) ? List.of(changed.requestedBy())
					: List.of();
			planner.plan(new Occurrence(changed.tenantId(), null,
					"suggestion:" + changed.suggestionId() + ":" + changed.status(),
					"suggestion:" + changed.suggestionId() + ":" + changed.status(), "suggestion." + changed.status(),
					awaiting ? NotificationKinds.SUGGESTION_AWAITING_APPROVAL : NotificationKinds.SUGGESTION_DECIDED,
					awaiting ? "warning" : "info", title, facts(changed), json.writeValueAsString(changed),
					links.page("/purchasing/suggestions/" + changed.suggestionId()), null, subjects,
					changed.changedAt()), clock.instant());
		});
	}

	private static Map<String, String> facts(SuggestionStatusChanged changed) {
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("sku", changed.sku());
		facts.put("location", changed.locationId());
		if (changed.orderValue() != null) {
			facts.put("order value",
					changed.orderValue().amount().toPlainString() + " " + changed.orderValue().currency());
		}
		if (changed.approvalReason() != null) {
			facts.put("why approval is needed", changed.approvalReason());
		}
		if (changed.decisionReason() != null) {
			facts.put("decision", changed.decisionReason());
		}
		return facts;
	}

	@KafkaListener(id = CONSUMER, topics = Topics.FORECASTING_RECOMMENDATIONS,
			containerFactory = KafkaConfiguration.BATCH_LISTENER_CONTAINER_FACTORY)
	void onSuggestions(List<ConsumerRecord<String, String>> records, Acknowledgment acknowledgment) {
		this.handlers.apply(records, acknowledgment);
	}

}
