package io.sentia.notifications.channels.webhooks;

import java.util.List;

/**
 * The public event types a partner can subscribe to ({@code Message.eventType} of the
 * deliveries the outbox routes to webhooks), and {@link #TEST} of the test-send. Account
 * mail never goes to a webhook.
 */
final class WebhookEventTypes {

	/** What the test-send endpoint sends. */
	static final String TEST = "webhook.test";

	/** Subscribes to every type, including ones added later. */
	static final String ALL = "*";

	/** The types the decisions route to webhook subscribers (see the service README). */
	static final List<String> KNOWN = List.of("alert.raised", "alert.resolved", "sync.failed", "connection.paused",
			"sync.quarantined", "sync.recovered", "suggestion.awaiting_approval", "suggestion.approved",
			"suggestion.rejected", "channel.disabled");

	private WebhookEventTypes() {
	}

	static boolean isKnown(String type) {
		return ALL.equals(type) || KNOWN.contains(type);
	}

}
