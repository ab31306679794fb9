package io.sentia.forecasting.runs;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;

import io.sentia.events.TenantCreated;
import io.sentia.events.TenantUpdated;
import io.sentia.events.Topics;
import io.sentia.servicekit.kafka.EventEnvelope;
import io.sentia.servicekit.kafka.MalformedEventException;
import io.sentia.servicekit.kafka.ProcessedEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Which tenants get a daily run and in which time zone: every tenant known from
 * {@code auth.tenants.v1} or from its orders, in the zone the tenant set (the configured
 * default until the tenant's calendar is known).
 */
class TenantCalendars {

	static final String CONSUMER = "forecasting.tenants";

	private final JdbcClient jdbc;

	private final ProcessedEvents processedEvents;

	private final TransactionOperations transaction;

	private final JsonMapper jsonMapper;

	TenantCalendars(JdbcClient jdbc, ProcessedEvents processedEvents, TransactionOperations transaction,
			JsonMapper jsonMapper) {
		this.jdbc = jdbc;
		this.processedEvents = processedEvents;
		this.transaction = transaction;
		this.jsonMapper = jsonMapper;
	}

	@KafkaListener(id = CONSUMER, topics = Topics.AUTH_TENANTS)
	void onTenant(ConsumerRecord<String, String> record, Acknowledgment acknowledgment) {
		EventEnvelope envelope = EventEnvelope.of(record);
		String zone;
		String currency;
		String tenantId;
		Instant changedAt;
		if (TenantCreated.TYPE.equals(envelope.type())) {
			TenantCreated created = this.jsonMapper.readValue(record.value(), TenantCreated.class);
			tenantId = created.tenantId();
			zone = created.timeZone();
			currency = created.baseCurrency();
			changedAt = created.createdAt();
		}
		else if (TenantUpdated.TYPE.equals(envelope.type())) {
			TenantUpdated updated = this.jsonMapper.readValue(record.value(), TenantUpdated.class);
			tenantId = updated.tenantId();
			zone = updated.timeZone();
			currency = updated.baseCurrency();
			changedAt = updated.updatedAt();
		}
		else {
			acknowledgment.acknowledge();
			return;
		}
		try {
			ZoneId.of(zone);
		}
		catch (RuntimeException ex) {
			throw new MalformedEventException("Tenant " + tenantId + " has an unknown time zone '" + zone + "'", ex);
		}
		this.transaction.executeWithoutResult((status) -> {
			if (this.processedEvents.firstDelivery(CONSUMER, envelope.id())) {
				this.jdbc.sql("""
						INSERT INTO tenant_calendar (tenant_id, time_zone, base_currency, updated_at)
						VALUES (:tenant, :zone, :currency, :at)
						ON CONFLICT (tenant_id) DO UPDATE SET time_zone = EXCLUDED.time_zone,
						    base_currency = EXCLUDED.base_currency, updated_at = EXCLUDED.updated_at
						WHERE tenant_calendar.updated_at < EXCLUDED.updated_at
						""")
					.param("tenant", tenantId)
					.param("zone", zone)
					.param("currency", currency)
					.param("at", changedAt.atOffset(ZoneOffset.UTC))
					.update();
			}
		});
		acknowledgment.acknowledge();
	}

	/** Every known tenant with its zone. */
	Map<String, ZoneId> zones(ZoneId defaultZone) {
		Map<String, ZoneId> zones = new TreeMap<>();
		this.jdbc.sql("""
				SELECT t.tenant_id, c.time_zone
				FROM (SELECT DISTINCT tenant_id FROM sales_order UNION SELECT tenant_id FROM tenant_calendar) t
				LEFT JOIN tenant_calendar c ON c.tenant_id = t.tenant_id
				""").query((row) -> {
			String zone = row.getString("time_zone");
			zones.put(row.getString("tenant_id"), (zone != null) ? ZoneId.of(zone) : defaultZone);
		});
		return zones;
	}

}
