package io.sentia.events;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Something needs a person's attention. Notifications routes it by kind and severity and
 * suppresses repeats with the same dedup key.
 *
 * @param tenantId owning tenant
 * @param alertId unique id of this alert
 * @param kind what happened, e.g. {@code stockout_risk}, {@code cash_shortfall},
 * {@code sync_failed}
 * @param severity how urgent it is
 * @param dedupKey the same key for repeats of the same condition, e.g.
 * {@code stockout_risk:WHISKY-12-70CL}
 * @param title one-line summary for people
 * @param facts the figures behind the alert, in the order to show them
 * @param source the service that raised it
 * @param raisedAt when the condition was detected
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AlertRaised(String tenantId, String alertId, String kind, Severity severity, String dedupKey,
		String title, Map<String, String> facts, String source, Instant raisedAt) implements SentiaEvent {

	public static final String TYPE = "sentia.alerts.alert.raised.v1";

	public AlertRaised {
		Invariants.requiredText(tenantId, "tenantId");
		Invariants.requiredText(alertId, "alertId");
		Invariants.requiredText(kind, "kind");
		Invariants.required(severity, "severity");
		Invariants.requiredText(dedupKey, "dedupKey");
		Invariants.requiredText(title, "title");
		facts = Invariants.copyOf(facts, "facts");
		Invariants.requiredText(source, "source");
		Invariants.required(raisedAt, "raisedAt");
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

	/** How urgent an alert is. */
	public enum Severity {

		/** Worth knowing; no action needed. */
		@JsonProperty("info")
		INFO,

		/** Needs action soon. */
		@JsonProperty("warning")
		WARNING,

		/** Needs action now. */
		@JsonProperty("critical")
		CRITICAL

	}

}
