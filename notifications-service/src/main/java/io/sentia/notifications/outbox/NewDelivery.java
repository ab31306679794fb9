package io.sentia.notifications.outbox;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.sentia.notifications.delivery.Message;
import io.sentia.notifications.delivery.Target;
import org.jspecify.annotations.Nullable;

/**
 * A delivery to write to the outbox.
 *
 * @param deliveryId its id, the same on every attempt
 * @param tenantId the tenant
 * @param notificationId the notification it delivers, or {@code null} (webhooks)
 * @param eventKey names the event, reminder or escalation step it carries: one delivery
 * per event key and target
 * @param target where to
 * @param stage where in an episode it is
 * @param eventType the public event type, e.g. {@code alert.raised}
 * @param kind the kind
 * @param severity {@code info}, {@code warning} or {@code critical}
 * @param title one line for people
 * @param facts the figures, in display order
 * @param data the public JSON of the event, as text
 * @param link where to act on it, or {@code null}
 * @param sealedLink a link that is a secret, sealed (it wins over {@code link}), or
 * {@code null}
 * @param occurredAt when the underlying event happened
 * @param dueAt when it may first be sent
 * @param heldForDigest whether it waits for the daily digest instead of going alone
 * @param giveUpAt when retrying stops, or {@code null} for the channel's default
 */
public record NewDelivery(UUID deliveryId, String tenantId, @Nullable UUID notificationId, String eventKey,
		Target target, Message.Stage stage, String eventType, String kind, String severity, String title,
		Map<String, String> facts, String data, @Nullable URI link, byte @Nullable [] sealedLink, Instant occurredAt,
		Instant dueAt, boolean heldForDigest, @Nullable Instant giveUpAt) {

}
