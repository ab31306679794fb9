package io.sentia.notifications.decisions;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.sentia.notifications.outbox.TargetDisabled;
import io.sentia.notifications.rules.NotificationKinds;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;

/**
 * Tells the tenant's admins (by the {@code channel_disabled} rules) that a target was
 * disabled after a streak of failures, in the transaction that recorded the last one.
 */
class ChannelDisabledNotifier {

	private final NotificationPlanner planner;

	private final AppLinks links;

	private final JsonMapper json;

	private final Clock clock;

	ChannelDisabledNotifier(NotificationPlanner planner, AppLinks links, JsonMapper json, Clock clock) {
		this.planner = planner;
		this.links = links;
		this.json = json;
		this.clock = clock;
	}

	@EventListener
	void onTargetDisabled(TargetDisabled disabled) {
		Instant now = this.clock.instant();
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("channel", disabled.target().channel().name());
		facts.put("target", disabled.target().id());
		facts.put("reason", disabled.reason());
		String key = "disabled:" + disabled.target().key() + ":" + now.toEpochMilli();
		this.planner.plan(new Occurrence(disabled.tenantId(), null, key, key, "channel.disabled",
				NotificationKinds.CHANNEL_DISABLED, "critical",
				"A " + disabled.target().channel() + " target was disabled after repeated failures", facts,
				this.json.writeValueAsString(facts), this.links.page("/settings/notifications"), null, List.of(), now),
				now);
	}

}
