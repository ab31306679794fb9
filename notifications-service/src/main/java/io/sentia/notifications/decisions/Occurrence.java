package io.sentia.notifications.decisions;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Something people may need to hear about, as the planner routes it.
 *
 * @param tenantId the tenant
 * @param dedupKey the condition it is an episode of; while one is open, repeats notify
 * nobody. {@code null} for one-off things (a suggestion decided)
 * @param sourceKey what notifications are unique by with their recipient, when it is not
 * an episode
 * @param eventKey the event it comes from: one delivery per event key and target
 * @param eventType the public event type, e.g. {@code alert.raised}
 * @param kind the kind rules match on
 * @param severity {@code info}, {@code warning} or {@code critical}
 * @param title one line for people
 * @param facts the figures, in display order
 * @param data the public JSON of the event, as text
 * @param link where to act on it, or {@code null}
 * @param value the number thresholds compare with, or {@code null}
 * @param subjects users the thing is about, who hear of it by any rule that matches (the
 * person who asked for a suggestion)
 * @param occurredAt when it happened
 */
public record Occurrence(String tenantId, @Nullable String dedupKey, String sourceKey, String eventKey,
		String eventType, String kind, String severity, String title, Map<String, String> facts, String data,
		@Nullable URI link, @Nullable Long value, List<String> subjects, Instant occurredAt) {

	public Occurrence {
		facts = Map.copyOf(facts);
		subjects = List.copyOf(subjects);
	}

	/**
	 * What several occurrences of one event share.
	 *
	 * @param tenantId the tenant
	 * @param sourceKey what notifications are unique by outside episodes
	 * @param eventKey the event
	 * @param data the public JSON of the event
	 * @param link where to act on it
	 * @param occurredAt when it happened
	 */
	record Builder(String tenantId, String sourceKey, String eventKey, String data, @Nullable URI link,
			Instant occurredAt) {

		Occurrence build(@Nullable String dedupKey, String eventType, String kind, String severity, String title,
				Map<String, String> facts, @Nullable Long value) {
			return new Occurrence(this.tenantId, dedupKey, this.sourceKey, this.eventKey, eventType, kind, severity,
					title, facts, this.data, this.link, value, List.of(), this.occurredAt);
		}

	}

}
