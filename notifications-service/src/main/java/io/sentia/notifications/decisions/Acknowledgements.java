package io.sentia.notifications.decisions;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Records who acknowledged a notification and when. Acknowledging one notification of an
 * episode acknowledges the episode for everyone it reached: reminders and escalation stop
 * and the feed items show it.
 */
public class Acknowledgements {

	private final JdbcClient jdbc;

	public Acknowledgements(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Acknowledges a notification and the rest of its episode.
	 * @param tenantId the caller's tenant
	 * @param notificationId the notification
	 * @param userId who acknowledges
	 * @param now when
	 * @return what is now recorded, or empty when the tenant has no such notification
	 */
	public Optional<Acknowledgement> acknowledge(String tenantId, UUID notificationId, String userId, Instant now) {
		Optional<String> source = this.jdbc
			.sql("SELECT source_key FROM notification WHERE tenant_id = :tenant AND notification_id = :id")
			.param("tenant", tenantId)
			.param("id", notificationId)
			.query(String.class)
			.optional();
		if (source.isEmpty()) {
			return Optional.empty();
		}
		this.jdbc.sql("""
				UPDATE notification SET acknowledged_at = :now, acknowledged_by = :user, reminder_due_at = NULL,
				    escalation_due_at = NULL, sealed_ack_link = NULL
				WHERE tenant_id = :tenant AND source_key = :source AND acknowledged_at IS NULL
				""")
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("user", userId)
			.param("tenant", tenantId)
			.param("source", source.get())
			.update();
		this.jdbc.sql("""
				UPDATE feed_item SET acknowledged_at = :now, read_at = coalesce(read_at, :now)
				WHERE tenant_id = :tenant AND acknowledged_at IS NULL AND notification_id IN (
				    SELECT notification_id FROM notification WHERE tenant_id = :tenant AND source_key = :source)
				""")
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("tenant", tenantId)
			.param("source", source.get())
			.update();
		return find(tenantId, notificationId);
	}

	/**
	 * Acknowledges with the token of an acknowledge link. The link acknowledges once:
	 * opened again, by anyone, it changes nothing and shows who acknowledged and when.
	 * @param tenantId the caller's tenant
	 * @param token the token from the link
	 * @param userId who acknowledges
	 * @param now when
	 * @return the acknowledgement, or empty when the tenant has no such token
	 */
	public Optional<Acknowledgement> acknowledgeWithToken(String tenantId, String token, String userId, Instant now) {
		Optional<UUID> id = this.jdbc.sql("""
				SELECT notification_id FROM notification WHERE tenant_id = :tenant AND ack_token_hash = :hash
				""").param("tenant", tenantId).param("hash", AppLinks.hash(token)).query(UUID.class).optional();
		return id.flatMap((notificationId) -> acknowledge(tenantId, notificationId, userId, now));
	}

	Optional<Acknowledgement> find(String tenantId, UUID notificationId) {
		return this.jdbc.sql("""
				SELECT notification_id, acknowledged_at, acknowledged_by FROM notification
				WHERE tenant_id = :tenant AND notification_id = :id
				""").param("tenant", tenantId).param("id", notificationId).query((row, number) -> {
			OffsetDateTime at = row.getObject("acknowledged_at", OffsetDateTime.class);
			return new Acknowledgement(row.getObject("notification_id", UUID.class), row.getString("acknowledged_by"),
					(at != null) ? at.toInstant() : null);
		}).optional();
	}

	/**
	 * Who acknowledged a notification, and when.
	 *
	 * @param notificationId the notification
	 * @param acknowledgedBy the user id
	 * @param acknowledgedAt when
	 */
	public record Acknowledgement(UUID notificationId, String acknowledgedBy, Instant acknowledgedAt) {
	}

}
