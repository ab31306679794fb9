package io.sentia.forecasting.runs;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import io.sentia.events.Money;
import io.sentia.events.OrderLine;
import io.sentia.events.OrderUpserted;
import io.sentia.forecasting.ForecastingServiceTests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A new tenant's first forecast run starts once its order history has stopped arriving,
 * whatever the time of day, and not while it is still arriving: orders come in through
 * Kafka, the service notes when it last recorded demand of the tenant.
 */
class FirstRunTests extends ForecastingServiceTests {

	@Autowired
	private TenantCalendars calendars;

	@Autowired
	private RunService runs;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aNewTenantsFirstRunWaitsUntilItsHistoryHasArrivedThenStartsAtAnyTime() throws Exception {
		String tenant = newTenant();
		publish(order(tenant, "1"));
		publish(order(tenant, "2"));
		await().alias("demand of " + tenant + " recorded")
			.atMost(PATIENCE)
			.until(() -> this.jdbc.queryForObject("SELECT count(*) FROM sales_order WHERE tenant_id = ?", Integer.class,
					tenant) == 2
					&& this.jdbc.queryForObject("SELECT count(*) FROM demand_activity WHERE tenant_id = ?",
							Integer.class, tenant) == 1);
		Duration settle = Duration.ofMinutes(2);

		TenantCalendars.NewTenants justNow = this.calendars.newTenants(Instant.now().minus(settle));
		assertThat(justNow.arriving()).contains(tenant);
		assertThat(justNow.settled()).doesNotContain(tenant);

		// Three minutes later, long before the daily run's time of day: the first run.
		Instant later = Instant.now().plus(Duration.ofMinutes(3));
		DailyRunScheduler scheduler = new DailyRunScheduler(this.runs, this.calendars, new RunProperties.Schedule(true,
				LocalTime.MAX, ZoneId.of("Pacific/Kiritimati"), Duration.ofSeconds(60), settle), Clock.systemUTC());
		assertThat(this.calendars.newTenants(later.minus(settle)).settled()).contains(tenant);
		scheduler.startDue(later);

		List<ForecastRun> started = this.runs.recent(tenant, 10);
		assertThat(started).singleElement().extracting(ForecastRun::trigger).isEqualTo("scheduled");
		awaitRunSucceeded(tenant, started.getFirst().id().toString());
		// Once it has had a run, the tenant is no longer new: the daily schedule takes
		// over.
		TenantCalendars.NewTenants afterwards = this.calendars.newTenants(later.minus(settle));
		assertThat(afterwards.settled()).doesNotContain(tenant);
		assertThat(afterwards.arriving()).doesNotContain(tenant);
		scheduler.startDue(later);
		assertThat(this.runs.recent(tenant, 10)).hasSize(1);
	}

	private static OrderUpserted order(String tenant, String id) {
		Instant at = Instant.parse("2026-10-06T10:00:00Z");
		return new OrderUpserted(tenant, id, "shopify", "shopify", "UK", "highland-harbour-uk", "open", at, at, "GBP",
				List.of(new OrderLine("1", "GIN-1", 2, new Money(new BigDecimal("10.00"), "GBP"),
						new Money(new BigDecimal("20.00"), "GBP"))),
				new Money(new BigDecimal("20.00"), "GBP"));
	}

}
