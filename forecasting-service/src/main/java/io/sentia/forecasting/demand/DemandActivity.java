package io.sentia.forecasting.demand;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Notes when demand of a tenant was last recorded, by this service's clock: a backfill of
 * two years of orders streams in for minutes, and a tenant's first forecast run should
 * see all of it. Written at most once per {@link #EVERY} per tenant and instance, so a
 * busy stream costs one small update every few seconds, not one per order.
 */
class DemandActivity {

	static final Duration EVERY = Duration.ofSeconds(5);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Map<String, Instant> written = new ConcurrentHashMap<>();

	DemandActivity(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Demand of the tenant was recorded just now. */
	void recorded(String tenantId) {
		Instant now = this.clock.instant();
		Instant last = this.written.get(tenantId);
		if (last != null && last.plus(EVERY).isAfter(now)) {
			return;
		}
		this.written.put(tenantId, now);
		this.jdbc.sql("""
				INSERT INTO demand_activity (tenant_id, last_recorded_at) VALUES (:tenant, :now)
				ON CONFLICT (tenant_id) DO UPDATE SET last_recorded_at = EXCLUDED.last_recorded_at
				WHERE demand_activity.last_recorded_at < EXCLUDED.last_recorded_at
				""").param("tenant", tenantId).param("now", now.atOffset(ZoneOffset.UTC)).update();
	}

}
