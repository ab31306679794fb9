package io.sentia.notifications.outbox;

import java.time.Instant;
import java.util.UUID;

import io.sentia.notifications.delivery.Message;
import io.sentia.notifications.delivery.Target;

/**
 * A delivery a sweep has claimed, with the message it carries.
 *
 * @param deliveryId the delivery
 * @param tenantId its tenant
 * @param target where to
 * @param message what, secrets opened
 * @param attempts attempts made before this one
 * @param createdAt when it was decided
 * @param giveUpAt when retrying stops
 */
record ClaimedDelivery(UUID deliveryId, String tenantId, Target target, Message message, int attempts,
		Instant createdAt, Instant giveUpAt) {
}
