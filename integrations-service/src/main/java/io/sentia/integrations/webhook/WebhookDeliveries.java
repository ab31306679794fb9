package io.sentia.integrations.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.sentia.integrations.connector.Provider;
import io.sentia.integrations.connector.WebhookDelivery;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The {@code webhook_delivery} table. */
class WebhookDeliveries {

	private static final String LISTED = "id, provider, delivery_id, connection_id, topic, status, attempts, received_at, next_attempt_at, processed_at, last_error";

	private final JdbcClient jdbc;

	WebhookDeliveries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Queues a delivery; {@code false} when the provider's delivery id is known, or the
	 * connection already has a delivery with the same body (a replay under a fresh,
	 * unsigned id or topic). Both unique keys are checked by the one insert, so
	 * concurrent copies queue once.
	 */
	boolean insert(UUID id, WebhookDelivery delivery) {
		return this.jdbc
			.sql("""
					INSERT INTO webhook_delivery (id, provider, delivery_id, connection_id, tenant_id, topic, body, body_sha256, received_at)
					VALUES (:id, :provider, :deliveryId, :connection, :tenant, :topic, :body, sha256(:body), :receivedAt)
					ON CONFLICT DO NOTHING
					""")
			.param("id", id)
			.param("provider", delivery.provider().id())
			.param("deliveryId", delivery.deliveryId())
			.param("connection", delivery.connectionId())
			.param("tenant", delivery.tenantId())
			.param("topic", delivery.topic())
			.param("body", delivery.body())
			.param("receivedAt", Timestamp.from(delivery.receivedAt()))
			.update() == 1;
	}

	/**
	 * Takes a due, queued delivery for one attempt: counts the attempt and moves its next
	 * attempt a lease ahead, so no other worker takes it meanwhile and a crash leaves it
	 * to be retried after the lease. Commit before handling it.
	 * @return the delivery and the attempt number, or empty when it is not due or taken
	 */
	Optional<Claim> claim(UUID id, Instant leaseUntil) {
		return this.jdbc.sql("""
				UPDATE webhook_delivery SET attempts = attempts + 1, next_attempt_at = :leaseUntil
				WHERE id = (SELECT id FROM webhook_delivery
				            WHERE id = :id AND status = 'queued' AND next_attempt_at <= now()
				            FOR UPDATE SKIP LOCKED)
				RETURNING provider, delivery_id, connection_id, tenant_id, topic, body, received_at, attempts
				""")
			.param("id", id)
			.param("leaseUntil", Timestamp.from(leaseUntil))
			.query((row, number) -> new Claim(
					new WebhookDelivery(Provider.fromId(row.getString("provider")), row.getString("delivery_id"),
							row.getObject("connection_id", UUID.class), row.getString("tenant_id"),
							row.getString("topic"), row.getBytes("body"), row.getTimestamp("received_at").toInstant()),
					row.getInt("attempts")))
			.optional();
	}

	void markDone(UUID id) {
		this.jdbc.sql("""
				UPDATE webhook_delivery SET status = 'done', processed_at = now(), last_error = NULL
				WHERE id = :id AND status = 'queued'
				""").param("id", id).update();
	}

	/** Records a failed attempt that is retried at {@code retryAt}. */
	void retryLater(UUID id, String error, Instant retryAt) {
		this.jdbc.sql("""
				UPDATE webhook_delivery SET last_error = :error, next_attempt_at = :retryAt
				WHERE id = :id AND status = 'queued'
				""").param("error", error).param("retryAt", Timestamp.from(retryAt)).param("id", id).update();
	}

	/** Records a failed last attempt: the delivery is failed for good. */
	void markFailed(UUID id, String error) {
		this.jdbc.sql("""
				UPDATE webhook_delivery SET status = 'failed', last_error = :error, processed_at = now()
				WHERE id = :id AND status = 'queued'
				""").param("error", error).param("id", id).update();
	}

	/** Queued deliveries whose next attempt is due, oldest first. */
	List<UUID> due(int limit) {
		return this.jdbc.sql("""
				SELECT id FROM webhook_delivery WHERE status = 'queued' AND next_attempt_at <= now()
				ORDER BY next_attempt_at LIMIT :limit
				""").param("limit", limit).query(UUID.class).list();
	}

	/** Deliveries waiting ({@code queued}) and given up ({@code failed}), all tenants. */
	Map<String, Long> backlog() {
		Map<String, Long> counts = new HashMap<>(Map.of("queued", 0L, "failed", 0L));
		this.jdbc.sql(
				"SELECT status, count(*) AS n FROM webhook_delivery WHERE status IN ('queued', 'failed') GROUP BY status")
			.query((row, number) -> counts.put(row.getString("status"), row.getLong("n")))
			.list();
		return counts;
	}

	/** The tenant's deliveries, newest first, optionally of one status. */
	List<DeliveryRecord> list(String tenantId, @Nullable DeliveryStatus status, int limit) {
		return this.jdbc
			.sql("SELECT " + LISTED + " FROM webhook_delivery WHERE tenant_id = :tenant"
					+ ((status != null) ? " AND status = :status" : "") + " ORDER BY received_at DESC LIMIT :limit")
			.param("tenant", tenantId)
			.param("status", (status != null) ? status.id() : null)
			.param("limit", limit)
			.query(WebhookDeliveries::record)
			.list();
	}

	private static DeliveryRecord record(ResultSet row, int number) throws SQLException {
		String status = row.getString("status");
		return new DeliveryRecord(row.getObject("id", UUID.class), row.getString("provider"),
				row.getString("delivery_id"), row.getObject("connection_id", UUID.class), row.getString("topic"),
				status, row.getInt("attempts"), row.getTimestamp("received_at").toInstant(),
				"queued".equals(status) ? row.getTimestamp("next_attempt_at").toInstant() : null,
				instant(row.getTimestamp("processed_at")), row.getString("last_error"));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/**
	 * A delivery taken for an attempt.
	 *
	 * @param delivery the delivery
	 * @param attempt its attempt number, from 1
	 */
	record Claim(WebhookDelivery delivery, int attempt) {
	}

}
