package io.sentia.forecasting.runs;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import io.sentia.events.TenantCreated;
import io.sentia.events.TenantUpdated;
import io.sentia.events.TenantStatus;
import io.sentia.forecasting.ForecastingServiceTests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Daily runs follow each tenant's own time zone from {@code auth.tenants.v1}, newest
 * change winning; a tenant known only from its orders runs in the default zone.
 */
class TenantCalendarsTests extends ForecastingServiceTests {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	@Autowired
	private TenantCalendars calendars;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aTenantsZoneComesFromItsNewestCalendarAndOrdersOnlyTenantsGetTheDefault() throws Exception {
		String tenant = newTenant();
		String ordersOnly = newTenant();
		this.jdbc.update(
				"""
						INSERT INTO sales_order (tenant_id, order_key, channel, region, status, ordered_at, demand_date, updated_at)
						VALUES (?, 'shopify:us:1', 'shopify', 'US', 'open', now(), current_date, now())
						""",
				ordersOnly);
		publish(new TenantCreated(tenant, "Cask & Co", "cask-co", "USD", "America/New_York",
				Instant.parse("2026-11-01T00:00:00Z")));
		publish(new TenantUpdated(tenant, "Cask & Co", "cask-co", "USD", "America/Chicago", TenantStatus.ACTIVE,
				Instant.parse("2026-11-20T00:00:00Z")));
		// Older than the update: ignored.
		publish(new TenantUpdated(tenant, "Cask & Co", "cask-co", "USD", "Asia/Tokyo", TenantStatus.ACTIVE,
				Instant.parse("2026-11-10T00:00:00Z")));

		// Same key, same partition: once all three are processed, the older update was
		// seen and ignored.
		await().alias("calendar of " + tenant + " arrived")
			.atMost(PATIENCE)
			.until(() -> ZoneId.of("America/Chicago").equals(this.calendars.zones(LONDON).get(tenant))
					&& processed() >= 3);
		Map<String, ZoneId> zones = this.calendars.zones(LONDON);
		assertThat(zones).containsEntry(tenant, ZoneId.of("America/Chicago")).containsEntry(ordersOnly, LONDON);
		assertThat(this.jdbc.queryForObject("SELECT base_currency FROM tenant_calendar WHERE tenant_id = ?",
				String.class, tenant))
			.as("approval thresholds are in the tenant's currency")
			.isEqualTo("USD");
	}

	private int processed() {
		return this.jdbc.queryForObject("SELECT count(*) FROM processed_event WHERE consumer = ?", Integer.class,
				TenantCalendars.CONSUMER);
	}

}
