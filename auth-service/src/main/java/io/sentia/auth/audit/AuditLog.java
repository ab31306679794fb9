package io.sentia.auth.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;

import io.sentia.events.AuditRecorded;
import io.sentia.servicekit.outbox.OutboxPublisher;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to the audit log ({@code audit_event}, which a trigger keeps append-only) and
 * publishes the entry as {@link AuditRecorded} on {@code auth.audit.v1}, both in one
 * transaction: the caller's when there is one (so an audited change and its entry commit
 * together), otherwise its own (so a refused sign-in is recorded although the sign-in
 * fails).
 * <p>
 * Entries without a tenant (an unknown email, a platform action) are stored but not
 * published: every event on the bus belongs to a tenant.
 */
@Service
public class AuditLog {

	static final String SOURCE_SERVICE = "auth-service";

	private final JdbcClient jdbc;

	private final OutboxPublisher outbox;

	private final RequestOrigin origin;

	private final JsonMapper jsonMapper;

	private final Clock clock;

	public AuditLog(JdbcClient jdbc, OutboxPublisher outbox, RequestOrigin origin, JsonMapper jsonMapper, Clock clock) {
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.origin = origin;
		this.jsonMapper = jsonMapper;
		this.clock = clock;
	}

	/**
	 * Records {@code entry}.
	 * @param entry what happened
	 * @return the id of the stored entry
	 */
	@Transactional
	public UUID record(AuditEntry entry) {
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		String clientAddress = (entry.clientAddress() != null) ? entry.clientAddress() : this.origin.clientAddress();
		String traceId = (entry.traceId() != null) ? entry.traceId() : this.origin.traceId();
		this.jdbc.sql("""
				INSERT INTO audit_event (id, occurred_at, actor_type, actor_id, actor_name, tenant_id, action,
				                         target_type, target_id, outcome, client_address, trace_id, details)
				VALUES (:id, :occurredAt, :actorType, :actorId, :actorName, :tenantId, :action,
				        :targetType, :targetId, :outcome, :clientAddress, :traceId, CAST(:details AS jsonb))
				""")
			.param("id", id)
			.param("occurredAt", now.atOffset(ZoneOffset.UTC))
			.param("actorType", entry.actor().type().name().toLowerCase(Locale.ROOT))
			.param("actorId", entry.actor().id())
			.param("actorName", entry.actor().name())
			.param("tenantId", entry.tenantId())
			.param("action", entry.action())
			.param("targetType", entry.targetType())
			.param("targetId", entry.targetId())
			.param("outcome", entry.outcome().name().toLowerCase(Locale.ROOT))
			.param("clientAddress", clientAddress)
			.param("traceId", traceId)
			.param("details", this.jsonMapper.writeValueAsString(entry.details()))
			.update();
		if (entry.tenantId() != null) {
			this.outbox.publish(new AuditRecorded(entry.tenantId().toString(), id.toString(), now, entry.actor(),
					entry.action(), entry.targetType(), entry.targetId(), entry.outcome(), entry.details(),
					SOURCE_SERVICE, clientAddress, traceId));
		}
		return id;
	}

}
