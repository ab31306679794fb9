package io.sentia.notifications.outbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.sentia.notifications.delivery.Channel;

/**
 * One delivery as the log shows it.
 *
 * @param deliveryId its id (a webhook's {@code webhook-id})
 * @param notificationId the notification it delivers, or {@code null}
 * @param channel the channel
 * @param targetId the user, address, configuration or subscription
 * @param stage RAISED, REMINDER, ESCALATED, RESOLVED, DIGEST or ACCOUNT
 * @param eventType the public event type
 * @param kind the kind
 * @param severity the severity
 * @param title the title
 * @param status {@code pending}, {@code sending}, {@code delivered}, {@code failed},
 * {@code held} or {@code digested}
 * @param attemptCount attempts made
 * @param reason why it waits or failed, or {@code null}
 * @param createdAt when it was decided
 * @param dueAt when it is next tried
 * @param deliveredAt when it arrived, or {@code null}
 * @param attempts each attempt: time, status code, response time, outcome, reason
 */
public record DeliveryEntry(UUID deliveryId, UUID notificationId, Channel channel, String targetId, String stage,
		String eventType, String kind, String severity, String title, String status, int attemptCount, String reason,
		Instant createdAt, Instant dueAt, Instant deliveredAt, List<Attempt> attempts) {

	DeliveryEntry withAttempts(List<Attempt> attempts) {
		return new DeliveryEntry(this.deliveryId, this.notificationId, this.channel, this.targetId, this.stage,
				this.eventType, this.kind, this.severity, this.title, this.status, this.attemptCount, this.reason,
				this.createdAt, this.dueAt, this.deliveredAt, List.copyOf(attempts));
	}

	/**
	 * One attempt.
	 *
	 * @param attempt its number, from 1
	 * @param attemptedAt when
	 * @param statusCode the HTTP status or SMTP reply, or {@code null}
	 * @param tookMillis the response time
	 * @param outcome {@code delivered}, {@code retry} or {@code rejected}
	 * @param reason what went wrong, or {@code null}
	 */
	public record Attempt(int attempt, Instant attemptedAt, Integer statusCode, long tookMillis, String outcome,
			String reason) {
	}

}
