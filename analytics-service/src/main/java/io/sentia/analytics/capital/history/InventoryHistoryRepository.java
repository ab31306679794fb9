package io.sentia.analytics.capital.history;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import io.sentia.events.InventoryLevelChanged;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code inventory_snapshot} table: one level per SKU, location and UTC day; every
 * query filters by tenant.
 */
public class InventoryHistoryRepository {

	private final NamedParameterJdbcOperations namedJdbc;

	private final JdbcClient jdbc;

	InventoryHistoryRepository(NamedParameterJdbcOperations namedJdbc) {
		this.namedJdbc = namedJdbc;
		this.jdbc = JdbcClient.create(namedJdbc);
	}

	/**
	 * Keeps each level as its day's snapshot unless one measured at least as late that
	 * day is kept, in list order.
	 */
	void keepAll(List<InventoryLevelChanged> levels) {
		this.namedJdbc.batchUpdate("""
				INSERT INTO inventory_snapshot (tenant_id, sku, location_id, day, on_hand, inbound, reserved, as_of)
				VALUES (:tenant, :sku, :locationId, :day, :onHand, :inbound, :reserved, :asOf)
				ON CONFLICT (tenant_id, sku, location_id, day) DO UPDATE SET
				    on_hand = EXCLUDED.on_hand, inbound = EXCLUDED.inbound, reserved = EXCLUDED.reserved,
				    as_of = EXCLUDED.as_of
				WHERE inventory_snapshot.as_of < EXCLUDED.as_of
				""", levels.stream().map(InventoryHistoryRepository::parameters).toArray(SqlParameterSource[]::new));
	}

	private static SqlParameterSource parameters(InventoryLevelChanged level) {
		return new MapSqlParameterSource().addValue("tenant", level.tenantId())
			.addValue("sku", level.sku())
			.addValue("locationId", level.location().locationId())
			.addValue("day", LocalDate.ofInstant(level.asOf(), ZoneOffset.UTC))
			.addValue("onHand", level.onHand())
			.addValue("inbound", level.inbound())
			.addValue("reserved", level.reserved())
			.addValue("asOf", level.asOf().atOffset(ZoneOffset.UTC));
	}

	/**
	 * Every snapshot of the tenant up to and including a day.
	 * @param tenantId the tenant
	 * @param through the last day, inclusive
	 * @return the snapshots by day, SKU and location
	 */
	public List<DailyStock> snapshots(String tenantId, LocalDate through) {
		return this.jdbc.sql("""
				SELECT day, sku, location_id, on_hand FROM inventory_snapshot
				WHERE tenant_id = :tenant AND day <= :through
				ORDER BY day, sku, location_id
				""")
			.param("tenant", tenantId)
			.param("through", through)
			.query((row, number) -> new DailyStock(row.getObject("day", LocalDate.class), row.getString("sku"),
					row.getString("location_id"), row.getInt("on_hand")))
			.list();
	}

	/**
	 * The first day the tenant's inventory history has a snapshot of.
	 * @param tenantId the tenant
	 * @return the day, or empty before the first level arrived
	 */
	public Optional<LocalDate> firstDay(String tenantId) {
		return this.jdbc.sql("SELECT min(day) FROM inventory_snapshot WHERE tenant_id = :tenant")
			.param("tenant", tenantId)
			.query((row, number) -> Optional.ofNullable(row.getObject(1, LocalDate.class)))
			.single();
	}

}
