package io.sentia.forecasting.runs;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.sentia.events.TenantCreated;
import io.sentia.events.TenantUpdated;
import io.sentia.events.Topics;
import io.sentia.servicekit.kafka.EventConsumer;
import io.sentia.servicekit.kafka.KafkaConfiguration;
import io.sentia.servicekit.kafka.MalformedEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;

/**
 * Which tenants get a daily run and in which time zone: every tenant known from
 * {@code auth.tenants.v1} or from its orders, in the zone the tenant set (the configured
 * default until the tenant's calendar is known).
 */
class TenantCalendars {

	static final String CONSUMER = "forecasting.tenants";

	private final JdbcClient jdbc;

	private final EventConsumer.Handlers tenantEvents;

	TenantCalendars(JdbcClient jdbc, EventConsumer events) {
		this.jdbc = jdbc;
		this.tenantEvents = events.handlers(CONSUMER)
			.on(TenantCreated.class,
					(created) -> save(created.tenantId(), created.timeZone(), created.baseCurrency(),
							created.createdAt()))
			.on(TenantUpdated.class, (updated) -> save(updated.tenantId(), updated.timeZone(), updated.baseCurrency(),
					updated.updatedAt()));
	}

	@KafkaListener(id = CONSUMER, topics = Topics.AUTH_TENANTS,
			containerFactory = KafkaConfiguration.BATCH_LISTENER_CONTAINER_FACTORY)
	void onTenants(List<ConsumerRecord<String, String>> records, Acknowledgment acknowledgment) {
		this.tenantEvents.apply(records, acknowledgment);
	}

	/** Keeps the newest calendar of a tenant; runs in the batch's transaction. */
	private void save(String tenantId, String zone, String currency, Instant changedAt) {
		try {
			ZoneId.of(zone);
		}
		catch (RuntimeException ex) {
			throw new MalformedEventException("Tenant " + tenantId + " has an unknown time zone '" + zone + "'", ex);
		}
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

	/**
	 * The tenants that never had a run, split by whether their demand history has settled
	 * (some was recorded, none since {@code quietSince}) or is still arriving.
	 */
	NewTenants newTenants(Instant quietSince) {
		Set<String> settled = new TreeSet<>();
		Set<String> arriving = new TreeSet<>();
		this.jdbc.sql("""
				SELECT a.tenant_id, a.last_recorded_at <= :quietSince AS settled FROM demand_activity a
				WHERE NOT EXISTS (SELECT 1 FROM forecast_run r WHERE r.tenant_id = a.tenant_id)
				""")
			.param("quietSince", quietSince.atOffset(ZoneOffset.UTC))
			.query((RowCallbackHandler) (row) -> (row.getBoolean("settled") ? settled : arriving)
				.add(row.getString("tenant_id")));
		return new NewTenants(settled, arriving);
	}

	/**
	 * Tenants that never had a forecast run.
	 *
	 * @param settled whose history has arrived: their first run is due now
	 * @param arriving whose history is still arriving: no run yet, not even a daily one
	 */
	record NewTenants(Set<String> settled, Set<String> arriving) {
	}

}
