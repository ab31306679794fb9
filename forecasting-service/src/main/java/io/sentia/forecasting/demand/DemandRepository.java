package io.sentia.forecasting.demand;

import java.time.ZoneOffset;
import java.util.List;

import io.sentia.events.InventoryLevelChanged;
import io.sentia.events.OrderLine;
import io.sentia.events.OrderUpserted;
import io.sentia.events.ProductUpserted;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes the demand read model with explicit SQL. Every snapshot is applied newest-wins
 * on the source's {@code updatedAt}, so a late older snapshot changes nothing.
 */
class DemandRepository {

	private final JdbcClient jdbc;

	DemandRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores the order unless a snapshot at least as new is stored, and then replaces its
	 * lines: its demand is whatever the newest snapshot says, never a sum of snapshots.
	 * @param order the snapshot
	 * @return whether it was newer than what was stored
	 */
	boolean upsertOrder(OrderUpserted order) {
		int changed = this.jdbc
			.sql("""
					INSERT INTO sales_order (tenant_id, order_key, channel, region, status, ordered_at, demand_date, updated_at)
					VALUES (:tenant, :key, :channel, :region, :status, :orderedAt, :demandDate, :updatedAt)
					ON CONFLICT (tenant_id, order_key) DO UPDATE SET
					    channel = EXCLUDED.channel, region = EXCLUDED.region, status = EXCLUDED.status,
					    ordered_at = EXCLUDED.ordered_at, demand_date = EXCLUDED.demand_date, updated_at = EXCLUDED.updated_at
					WHERE sales_order.updated_at < EXCLUDED.updated_at
					""")
			.param("tenant", order.tenantId())
			.param("key", order.entityId())
			.param("channel", order.channel())
			.param("region", order.region())
			.param("status", order.status())
			.param("orderedAt", order.orderedAt().atOffset(ZoneOffset.UTC))
			.param("demandDate", order.orderedAt().atOffset(ZoneOffset.UTC).toLocalDate())
			.param("updatedAt", order.updatedAt().atOffset(ZoneOffset.UTC))
			.update();
		if (changed == 0) {
			return false;
		}
		this.jdbc.sql("DELETE FROM sales_order_line WHERE tenant_id = :tenant AND order_key = :key")
			.param("tenant", order.tenantId())
			.param("key", order.entityId())
			.update();
		List<OrderLine> lines = order.lines();
		for (int i = 0; i < lines.size(); i++) {
			OrderLine line = lines.get(i);
			this.jdbc.sql("""
					INSERT INTO sales_order_line (tenant_id, order_key, line_no, line_id, sku, quantity)
					VALUES (:tenant, :key, :lineNo, :lineId, :sku, :quantity)
					""")
				.param("tenant", order.tenantId())
				.param("key", order.entityId())
				.param("lineNo", i)
				.param("lineId", line.lineId())
				.param("sku", line.sku())
				.param("quantity", line.quantity())
				.update();
		}
		return true;
	}

	/**
	 * Stores the product unless a snapshot at least as new is stored, and then replaces
	 * its bundle components. Demand is derived through the components at read time, so
	 * orders received before their bundle's product explode as soon as it arrives.
	 * @param product the snapshot
	 * @return whether it was newer than what was stored
	 */
	boolean upsertProduct(ProductUpserted product) {
		int changed = this.jdbc.sql("""
				INSERT INTO product (tenant_id, sku, name, lead_time_days, moq, case_pack, active, updated_at,
				                     unit_cost, cost_currency, supplier_id, supplier_code, supplier_name)
				VALUES (:tenant, :sku, :name, :leadTime, :moq, :casePack, :active, :updatedAt,
				        :unitCost, :costCurrency, :supplierId, :supplierCode, :supplierName)
				ON CONFLICT (tenant_id, sku) DO UPDATE SET
				    name = EXCLUDED.name, lead_time_days = EXCLUDED.lead_time_days, moq = EXCLUDED.moq,
				    case_pack = EXCLUDED.case_pack, active = EXCLUDED.active, updated_at = EXCLUDED.updated_at,
				    unit_cost = EXCLUDED.unit_cost, cost_currency = EXCLUDED.cost_currency,
				    supplier_id = EXCLUDED.supplier_id, supplier_code = EXCLUDED.supplier_code,
				    supplier_name = EXCLUDED.supplier_name
				WHERE product.updated_at < EXCLUDED.updated_at
				""")
			.param("tenant", product.tenantId())
			.param("sku", product.sku())
			.param("name", product.name())
			.param("leadTime", product.leadTimeDays())
			.param("moq", product.moq())
			.param("casePack", product.casePack())
			.param("active", product.active())
			.param("updatedAt", product.updatedAt().atOffset(ZoneOffset.UTC))
			.param("unitCost", (product.unitCost() != null) ? product.unitCost().amount() : null)
			.param("costCurrency", (product.unitCost() != null) ? product.unitCost().currency() : null)
			.param("supplierId", (product.supplier() != null) ? product.supplier().supplierId() : null)
			.param("supplierCode", (product.supplier() != null) ? product.supplier().code() : null)
			.param("supplierName", (product.supplier() != null) ? product.supplier().name() : null)
			.update();
		if (changed == 0) {
			return false;
		}
		this.jdbc.sql("DELETE FROM bundle_component WHERE tenant_id = :tenant AND bundle_sku = :sku")
			.param("tenant", product.tenantId())
			.param("sku", product.sku())
			.update();
		for (ProductUpserted.BundleComponent component : product.components()) {
			this.jdbc.sql("""
					INSERT INTO bundle_component (tenant_id, bundle_sku, component_sku, quantity)
					VALUES (:tenant, :bundle, :component, :quantity)
					ON CONFLICT (tenant_id, bundle_sku, component_sku)
					DO UPDATE SET quantity = bundle_component.quantity + EXCLUDED.quantity
					""")
				.param("tenant", product.tenantId())
				.param("bundle", product.sku())
				.param("component", component.sku())
				.param("quantity", component.quantity())
				.update();
		}
		return true;
	}

	/**
	 * Keeps the level; a level already reported for the same instant is kept as first
	 * reported.
	 * @param level the level
	 */
	void insertLevel(InventoryLevelChanged level) {
		this.jdbc
			.sql("""
					INSERT INTO inventory_level (tenant_id, sku, location_id, location_type, as_of, on_hand, available, inbound)
					VALUES (:tenant, :sku, :location, :type, :asOf, :onHand, :available, :inbound)
					ON CONFLICT DO NOTHING
					""")
			.param("tenant", level.tenantId())
			.param("sku", level.sku())
			.param("location", level.location().locationId())
			.param("type", level.location().type().name())
			.param("asOf", level.asOf().atOffset(ZoneOffset.UTC))
			.param("onHand", level.onHand())
			.param("available", level.available())
			.param("inbound", level.inbound())
			.update();
	}

}
