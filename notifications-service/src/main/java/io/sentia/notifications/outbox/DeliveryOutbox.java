package io.sentia.notifications.outbox;

import java.time.Instant;
import java.time.ZoneOffset;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes deliveries to the outbox, in the caller's transaction. A second delivery of the
 * same event to the same target is not written: a redelivered event sends nothing twice.
 */
public class DeliveryOutbox {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final DeliveryProperties properties;

	public DeliveryOutbox(JdbcClient jdbc, JsonMapper json, DeliveryProperties properties) {
		this.jdbc = jdbc;
		this.json = json;
		this.properties = properties;
	}

	/**
	 * Adds a delivery unless one for the same event and target exists.
	 * @param delivery the delivery
	 * @param now the time of the decision
	 * @return {@code true} if it was added
	 */
	public boolean enqueue(NewDelivery delivery, Instant now) {
		Instant giveUpAt = (delivery.giveUpAt() != null) ? delivery.giveUpAt()
				: now.plus(this.properties.policy(delivery.target().channel()).giveUpAfter());
		return this.jdbc
			.sql("""
					INSERT INTO delivery (delivery_id, tenant_id, notification_id, event_key, channel, target_id, target_name,
					                      stage, event_type, kind, severity, title, facts, data, link, sealed_link,
					                      occurred_at, status, due_at, give_up_at, created_at)
					VALUES (:id, :tenant, :notification, :eventKey, :channel, :targetId, :targetName, :stage, :eventType,
					        :kind, :severity, :title, CAST(:facts AS jsonb), CAST(:data AS jsonb), :link, :sealedLink,
					        :occurredAt, :status, :dueAt, :giveUpAt, :now)
					ON CONFLICT (tenant_id, event_key, channel, target_id) DO NOTHING
					""")
			.param("id", delivery.deliveryId())
			.param("tenant", delivery.tenantId())
			.param("notification", delivery.notificationId())
			.param("eventKey", delivery.eventKey())
			.param("channel", delivery.target().channel().name())
			.param("targetId", delivery.target().id())
			.param("targetName", delivery.target().name())
			.param("stage", delivery.stage().name())
			.param("eventType", delivery.eventType())
			.param("kind", delivery.kind())
			.param("severity", delivery.severity())
			.param("title", delivery.title())
			.param("facts", this.json.writeValueAsString(delivery.facts()))
			.param("data", delivery.data())
			.param("link", (delivery.link() != null) ? delivery.link().toString() : null)
			.param("sealedLink", delivery.sealedLink())
			.param("occurredAt", delivery.occurredAt().atOffset(ZoneOffset.UTC))
			.param("status", delivery.heldForDigest() ? "held" : "pending")
			.param("dueAt", delivery.dueAt().atOffset(ZoneOffset.UTC))
			.param("giveUpAt", giveUpAt.atOffset(ZoneOffset.UTC))
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

}
