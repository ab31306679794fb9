package io.sentia.notifications.outbox;

import java.time.Instant;
import java.time.ZoneOffset;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes deliveries to the outbox, in the caller's transaction. A second delivery of the
 * same event to the same target is not written: a redelivered event sends nothing twice.
 */
public class DeliveryOutbox {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final DeliveryProperties properties;

	private final Runnable wake;

	public DeliveryOutbox(JdbcClient jdbc, JsonMapper json, DeliveryProperties properties) {
		this(jdbc, json, properties, () -> {
		});
	}

	/**
	 * An outbox that wakes the dispatcher once the deliveries it adds are committed, so a
	 * new delivery is sent at once rather than at the next periodic sweep.
	 * @param jdbc the database
	 * @param json the mapper for facts
	 * @param properties channel policies
	 * @param wake asks the dispatcher for a sweep now
	 */
	public DeliveryOutbox(JdbcClient jdbc, JsonMapper json, DeliveryProperties properties, Runnable wake) {
		this.jdbc = jdbc;
		this.json = json;
		this.properties = properties;
		this.wake = wake;
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
		boolean added = this.jdbc
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
		if (added && !delivery.heldForDigest() && !delivery.dueAt().isAfter(now)) {
			wakeAfterCommit();
		}
		return added;
	}

	private void wakeAfterCommit() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			this.wake.run();
			return;
		}
		if (TransactionSynchronizationManager.hasResource(this)) {
			return;
		}
		// One wake per transaction, however many deliveries it adds.
		TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(DeliveryOutbox.this);
				if (status == STATUS_COMMITTED) {
					DeliveryOutbox.this.wake.run();
				}
			}
		});
	}

}
