package io.sentia.integrations.webhook;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A queued delivery as operators see it: no body.
 *
 * @param id our id of the delivery
 * @param provider who sent it
 * @param deliveryId the provider's delivery id
 * @param connectionId the connection it belongs to
 * @param topic what it is about
 * @param status queued, done or failed
 * @param attempts handler attempts so far
 * @param receivedAt when it arrived
 * @param nextAttemptAt when a queued delivery is tried next
 * @param processedAt when it was done, or {@code null}
 * @param lastError why the last attempt failed, or {@code null}
 */
public record DeliveryRecord(UUID id, String provider, String deliveryId, UUID connectionId, String topic,
		String status, int attempts, Instant receivedAt, @Nullable Instant nextAttemptAt, @Nullable Instant processedAt,
		@Nullable String lastError) {
}
