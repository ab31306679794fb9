package io.sentia.notifications.feed;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One item of a user's feed.
 *
 * @param id the item (the id of the delivery that made it)
 * @param notificationId the notification it shows, which acknowledging it acknowledges
 * @param eventType the public event type, e.g. {@code alert.raised}
 * @param kind the kind, e.g. {@code stockout_risk}
 * @param severity {@code info}, {@code warning} or {@code critical}
 * @param stage RAISED, REMINDER, ESCALATED, RESOLVED, DIGEST
 * @param title one line
 * @param facts the figures
 * @param link where to act on it, or {@code null}
 * @param createdAt when it arrived
 * @param readAt when the user read it, or {@code null}
 * @param acknowledgedAt when it was acknowledged, or {@code null}
 */
public record FeedItem(UUID id, UUID notificationId, String eventType, String kind, String severity, String stage,
		String title, Map<String, String> facts, String link, Instant createdAt, Instant readAt,
		Instant acknowledgedAt) {
}
