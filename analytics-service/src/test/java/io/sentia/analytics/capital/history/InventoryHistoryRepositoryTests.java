package io.sentia.analytics.capital.history;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.sentia.events.InventoryLevelChanged;
import io.sentia.events.InventoryLevelChanged.Location;
import io.sentia.events.InventoryLevelChanged.LocationType;
import io.sentia.testkit.InfrastructureTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily inventory history on real PostgreSQL: one level per SKU, location and UTC
 * day, the one measured latest that day, whatever order the levels arrive in.
 */
@JdbcTest
class InventoryHistoryRepositoryTests extends InfrastructureTests {

	private static final String TENANT = "1ed9e700-0000-4000-8000-000000000002";

	@Autowired
	private NamedParameterJdbcTemplate jdbc;

	private InventoryHistoryRepository history;

	@BeforeEach
	void repository() {
		this.history = new InventoryHistoryRepository(this.jdbc);
	}

	@Test
	void theLevelMeasuredLatestInADayIsThatDaysSnapshotWhateverTheOrderOfArrival() {
		this.history.keepAll(List.of(level("2026-03-01T08:00:00Z", 10), level("2026-03-01T20:00:00Z", 12)));
		this.history.keepAll(List.of(level("2026-03-01T09:00:00Z", 99), level("2026-03-02T23:59:59Z", 7)));
		this.history.keepAll(List.of(level("2026-03-01T20:00:00Z", 55)));

		assertThat(this.history.snapshots(TENANT, LocalDate.parse("2026-03-31"))).containsExactly(
				new DailyStock(LocalDate.parse("2026-03-01"), "A", "wh-1", 12),
				new DailyStock(LocalDate.parse("2026-03-02"), "A", "wh-1", 7));
		assertThat(this.history.snapshots(TENANT, LocalDate.parse("2026-03-01"))).hasSize(1);
		assertThat(this.history.firstDay(TENANT)).contains(LocalDate.parse("2026-03-01"));
		assertThat(this.history.firstDay("another-tenant")).isEmpty();
	}

	private static InventoryLevelChanged level(String asOf, int onHand) {
		return new InventoryLevelChanged(TENANT, "A", new Location("wh-1", "Warehouse", LocationType.WAREHOUSE),
				"unleashed", onHand, onHand, 0, 0, Instant.parse(asOf));
	}

}
