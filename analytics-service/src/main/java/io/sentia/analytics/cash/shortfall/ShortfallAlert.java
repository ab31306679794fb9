package io.sentia.analytics.cash.shortfall;

import java.time.Instant;
import java.util.Map;

import io.sentia.events.AlertRaised;

/**
 * The {@code cash_shortfall} alert an episode raises, missing only what the caller owns:
 * the tenant and the alert's id.
 *
 * @param severity {@code critical} when cash goes below zero, {@code warning} when it
 * only goes below the minimum
 * @param dedupKey the episode's key
 * @param title one line for people
 * @param facts the figures behind it, in display order
 * @param raisedAt when the shortfall was detected
 */
public record ShortfallAlert(AlertRaised.Severity severity, String dedupKey, String title, Map<String, String> facts,
		Instant raisedAt) {

	/** The alert kind notifications routes on. */
	public static final String KIND = "cash_shortfall";

	/** The service that raises it. */
	public static final String SOURCE = "analytics-service";

	/**
	 * The event to publish on {@code alerts.v1}.
	 * @param tenantId the tenant whose outlook it is
	 * @param alertId a new unique id for this alert
	 * @return the event
	 */
	public AlertRaised toEvent(String tenantId, String alertId) {
		return new AlertRaised(tenantId, alertId, KIND, this.severity, this.dedupKey, this.title, this.facts, SOURCE,
				this.raisedAt);
	}

}
