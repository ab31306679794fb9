package io.sentia.forecasting.planning;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import io.sentia.events.PurchaseOrderUpserted;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Purchase orders as last reported, and the units still to arrive on the open ones.
 */
class PurchaseOrderRepository {

	/** Statuses whose unreceived units are still expected. */
	private static final List<String> OPEN = List.of("placed", "partially_received");

	private final JdbcClient jdbc;

	PurchaseOrderRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores the snapshot unless a newer one is already stored; true if it was stored.
	 */
	boolean upsert(PurchaseOrderUpserted order) {
		int changed = this.jdbc.sql("""
				INSERT INTO purchase_order (tenant_id, entity_id, status, location_id, expected_date, updated_at)
				VALUES (:tenant, :entity, :status, :location, :expected, :updatedAt)
				ON CONFLICT (tenant_id, entity_id) DO UPDATE SET
				    status = EXCLUDED.status, location_id = EXCLUDED.location_id,
				    expected_date = EXCLUDED.expected_date, updated_at = EXCLUDED.updated_at
				WHERE purchase_order.updated_at < EXCLUDED.updated_at
				""")
			.param("tenant", order.tenantId())
			.param("entity", order.entityId())
			.param("status", order.status())
			.param("location", order.locationId())
			.param("expected", order.expectedDate())
			.param("updatedAt", order.updatedAt().atOffset(ZoneOffset.UTC))
			.update();
		if (changed == 0) {
			return false;
		}
		this.jdbc.sql("DELETE FROM purchase_order_line WHERE tenant_id = :tenant AND entity_id = :entity")
			.param("tenant", order.tenantId())
			.param("entity", order.entityId())
			.update();
		for (PurchaseOrderUpserted.Line line : order.lines()) {
			this.jdbc.sql("""
					INSERT INTO purchase_order_line (tenant_id, entity_id, line_id, sku, open_quantity, expected_date)
					VALUES (:tenant, :entity, :line, :sku, :open, :expected)
					""")
				.param("tenant", order.tenantId())
				.param("entity", order.entityId())
				.param("line", line.lineId())
				.param("sku", line.sku())
				.param("open", Math.max(0, line.quantity() - line.receivedQuantity()))
				.param("expected", (line.expectedDate() != null) ? line.expectedDate() : order.expectedDate())
				.update();
		}
		return true;
	}

	/** Units still to arrive for a SKU on open orders, soonest first. */
	List<OpenPurchase> openPurchases(String tenantId, String sku) {
		return this.jdbc.sql("""
				SELECT o.entity_id, l.sku, o.location_id, l.expected_date, l.open_quantity
				FROM purchase_order o
				JOIN purchase_order_line l ON l.tenant_id = o.tenant_id AND l.entity_id = o.entity_id
				WHERE o.tenant_id = :tenant AND l.sku = :sku AND o.status IN (:open) AND l.open_quantity > 0
				ORDER BY l.expected_date NULLS LAST, o.entity_id, l.line_id
				""")
			.param("tenant", tenantId)
			.param("sku", sku)
			.param("open", OPEN)
			.query((rs, row) -> new OpenPurchase(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, LocalDate.class), rs.getInt(5)))
			.list();
	}

}
