package io.sentia.events;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The condition behind an earlier {@link AlertRaised} has cleared. It carries the same
 * dedup key, so notifications can close the episode and say it is resolved.
 *
 * @param tenantId owning tenant
 * @param alertId the id of the {@link AlertRaised} that opened the episode
 * @param kind the alert's kind, e.g. {@code stockout_risk}
 * @param dedupKey the same key as the {@link AlertRaised} it clears
 * @param title one-line summary for people of what is now fine
 * @param source the service that resolved it
 * @param resolvedAt when the condition was seen to have cleared
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AlertResolved(String tenantId, String alertId, String kind, String dedupKey, String title, String source,
		Instant resolvedAt) implements SentiaEvent {

	public static final String TYPE = "sentia.alerts.alert.resolved.v1";

	public AlertResolved {
		Invariants.requiredText(tenantId, "tenantId");
		Invariants.requiredText(alertId, "alertId");
		Invariants.requiredText(kind, "kind");
		Invariants.requiredText(dedupKey, "dedupKey");
		Invariants.requiredText(title, "title");
		Invariants.requiredText(source, "source");
		Invariants.required(resolvedAt, "resolvedAt");
	}

	@Override
	public String entityId() {
		return this.dedupKey;
	}

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String topic() {
		return Topics.ALERTS;
	}

}
