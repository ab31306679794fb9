package io.sentia.notifications.delivery;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * What one delivery says, rendered by each channel in its own format.
 *
 * @param deliveryId the delivery's id: the same on every attempt, so a receiver can
 * de-duplicate (the {@code webhook-id} of a signed webhook)
 * @param tenantId the tenant it concerns
 * @param eventType the public event type, e.g. {@code alert.raised},
 * {@code alert.resolved}, {@code sync.failed}, {@code suggestion.awaiting_approval},
 * {@code account.password_reset}
 * @param kind the alert kind or mail kind, e.g. {@code stockout_risk}
 * @param severity {@code info}, {@code warning} or {@code critical}
 * @param stage where in an episode this message is
 * @param title one-line summary for people, the e-mail subject
 * @param facts the figures behind it, in display order
 * @param link where to act on it in the web app, or {@code null}
 * @param acknowledgeLink a link that acknowledges it, or {@code null}
 * @param data the public JSON body of a webhook delivery's {@code data} (the event's
 * fields), as a JSON object text
 * @param occurredAt when the underlying event happened
 */
public record Message(UUID deliveryId, String tenantId, String eventType, String kind, String severity, Stage stage,
		String title, Map<String, String> facts, URI link, URI acknowledgeLink, String data, Instant occurredAt) {

	public Message {
		facts = (facts != null) ? Map.copyOf(facts) : Map.of();
	}

	/** Where in an episode a message is. */
	public enum Stage {

		/** The first message of an episode. */
		RAISED,

		/** Still open after the reminder interval. */
		REMINDER,

		/** Not acknowledged in time: sent to the next role or channel. */
		ESCALATED,

		/** The condition cleared. */
		RESOLVED,

		/** A digest of several notifications. */
		DIGEST,

		/** Account mail (invitation, password reset, new sign-in, MFA changed). */
		ACCOUNT

	}

}
