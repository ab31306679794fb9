package io.sentia.servicekit.outbox;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.sentia.events.EventHeaders;
import io.sentia.events.SentiaEvent;
import io.sentia.servicekit.observability.TraceHeaders;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.Assert;

/**
 * Publishes events through the transactional outbox: the event becomes a row in the
 * caller's transaction, so it is sent if and only if the change it describes commits. The
 * {@link OutboxRelay} sends it later, with the {@code ce_*} headers fixed here.
 */
public class OutboxPublisher {

	private final JdbcClient jdbc;

	private final JsonMapper jsonMapper;

	private final TraceHeaders traceHeaders;

	private final String source;

	private final Clock clock;

	/**
	 * Creates the publisher.
	 * @param jdbc client on the service's data source
	 * @param jsonMapper mapper writing the payload
	 * @param traceHeaders capture of the current trace context
	 * @param source the producing service, sent as {@code ce_source}
	 * @param clock clock for {@code ce_time}
	 */
	public OutboxPublisher(JdbcClient jdbc, JsonMapper jsonMapper, TraceHeaders traceHeaders, String source,
			Clock clock) {
		this.jdbc = jdbc;
		this.jsonMapper = jsonMapper;
		this.traceHeaders = traceHeaders;
		this.source = source;
		this.clock = clock;
	}

	/**
	 * Writes {@code event} to the outbox in the current transaction (propagation
	 * MANDATORY).
	 * @param event the event
	 * @throws IllegalTransactionStateException if no transaction is active
	 */
	public void publish(SentiaEvent event) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalTransactionStateException(
					"OutboxPublisher.publish must run inside the transaction that makes the change");
		}
		Assert.hasText(event.topic(), "event topic must not be blank");
		Assert.hasText(event.eventType(), "event type must not be blank");
		Assert.hasText(event.tenantId(), "event tenantId must not be blank");
		Assert.hasText(event.entityId(), "event entityId must not be blank");
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put(EventHeaders.ID, id.toString());
		headers.put(EventHeaders.TYPE, event.eventType());
		headers.put(EventHeaders.SOURCE, this.source);
		headers.put(EventHeaders.TIME, now.toString());
		headers.put(EventHeaders.TENANT, event.tenantId());
		headers.putAll(this.traceHeaders.current());
		this.jdbc.sql("""
				INSERT INTO outbox_event (id, topic, event_key, event_type, tenant_id, payload, headers, created_at)
				VALUES (:id, :topic, :key, :type, :tenant, :payload, CAST(:headers AS jsonb), :createdAt)
				""")
			.param("id", id)
			.param("topic", event.topic())
			.param("key", event.key())
			.param("type", event.eventType())
			.param("tenant", event.tenantId())
			.param("payload", this.jsonMapper.writeValueAsString(event))
			.param("headers", this.jsonMapper.writeValueAsString(headers))
			.param("createdAt", now.atOffset(ZoneOffset.UTC))
			.update();
	}

}
