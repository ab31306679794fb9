package io.sentia.analytics.inventory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import io.sentia.events.InventoryLevelChanged.LocationType;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code inventory_level} read model; every query filters by tenant.
 */
public class InventoryLevelRepository {

	private final NamedParameterJdbcOperations namedJdbc;

	private final JdbcClient jdbc;

	InventoryLevelRepository(NamedParameterJdbcOperations namedJdbc) {
		this.namedJdbc = namedJdbc;
		this.jdbc = JdbcClient.create(namedJdbc);
	}

	/**
	 * Stores each level unless one measured at least as late is stored, in list order.
	 */
	void upsertAll(List<InventoryLevel> levels) {
		this.namedJdbc.batchUpdate("""
				INSERT INTO inventory_level (tenant_id, sku, location_id, location_name, location_type, source, on_hand,
				                             available, inbound, reserved, as_of)
				VALUES (:tenant, :sku, :locationId, :locationName, :locationType, :source, :onHand,
				        :available, :inbound, :reserved, :asOf)
				ON CONFLICT (tenant_id, sku, location_id) DO UPDATE SET
				    location_name = EXCLUDED.location_name, location_type = EXCLUDED.location_type,
				    source = EXCLUDED.source, on_hand = EXCLUDED.on_hand, available = EXCLUDED.available,
				    inbound = EXCLUDED.inbound, reserved = EXCLUDED.reserved, as_of = EXCLUDED.as_of
				WHERE inventory_level.as_of < EXCLUDED.as_of
				""", levels.stream().map(InventoryLevelRepository::parameters).toArray(SqlParameterSource[]::new));
	}

	private static SqlParameterSource parameters(InventoryLevel level) {
		return new MapSqlParameterSource().addValue("tenant", level.tenantId())
			.addValue("sku", level.sku())
			.addValue("locationId", level.locationId())
			.addValue("locationName", level.locationName())
			.addValue("locationType", level.locationType().name().toLowerCase(Locale.ROOT))
			.addValue("source", level.source())
			.addValue("onHand", level.onHand())
			.addValue("available", level.available())
			.addValue("inbound", level.inbound())
			.addValue("reserved", level.reserved())
			.addValue("asOf", level.asOf().atOffset(ZoneOffset.UTC));
	}

	/**
	 * The current level of every SKU at every location of the tenant, by SKU then
	 * location.
	 * @param tenantId the tenant
	 * @return the levels
	 */
	public List<InventoryLevel> levels(String tenantId) {
		return this.jdbc.sql("SELECT * FROM inventory_level WHERE tenant_id = :tenant ORDER BY sku, location_id")
			.param("tenant", tenantId)
			.query(InventoryLevelRepository::level)
			.list();
	}

	/**
	 * The current levels of one SKU, by location.
	 * @param tenantId the tenant
	 * @param sku the SKU
	 * @return the levels, empty if the SKU has none
	 */
	public List<InventoryLevel> levels(String tenantId, String sku) {
		return this.jdbc
			.sql("SELECT * FROM inventory_level WHERE tenant_id = :tenant AND sku = :sku ORDER BY location_id")
			.param("tenant", tenantId)
			.param("sku", sku)
			.query(InventoryLevelRepository::level)
			.list();
	}

	private static InventoryLevel level(ResultSet row, int number) throws SQLException {
		return new InventoryLevel(row.getString("tenant_id"), row.getString("sku"), row.getString("location_id"),
				row.getString("location_name"),
				LocationType.valueOf(row.getString("location_type").toUpperCase(Locale.ROOT)), row.getString("source"),
				row.getInt("on_hand"), row.getInt("available"), row.getInt("inbound"), row.getInt("reserved"),
				row.getObject("as_of", OffsetDateTime.class).toInstant());
	}

}
