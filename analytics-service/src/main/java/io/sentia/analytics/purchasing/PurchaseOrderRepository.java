package io.sentia.analytics.purchasing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code purchase_order} read model, header and lines; every query filters by tenant.
 */
public class PurchaseOrderRepository {

	/**
	 * Filter of {@link #openOrders}, the statuses of {@link PurchaseOrder#OPEN_STATUSES}.
	 */
	private static final String OPEN_ONLY = "AND o.status IN ('placed', 'partially_received')";

	private final JdbcClient jdbc;

	PurchaseOrderRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores the order and replaces its lines, unless a state at least as new is stored;
	 * call inside the consumer's transaction.
	 */
	void upsert(PurchaseOrder order) {
		int changed = this.jdbc
			.sql("""
					INSERT INTO purchase_order (tenant_id, source, purchase_order_id, order_number, supplier_id, supplier_name,
					                            status, order_date, expected_date, location_id, currency, total_amount,
					                            updated_at)
					VALUES (:tenant, :source, :id, :orderNumber, :supplierId, :supplierName, :status, :orderDate,
					        :expectedDate, :locationId, :currency, :total, :updatedAt)
					ON CONFLICT (tenant_id, source, purchase_order_id) DO UPDATE SET
					    order_number = EXCLUDED.order_number, supplier_id = EXCLUDED.supplier_id,
					    supplier_name = EXCLUDED.supplier_name, status = EXCLUDED.status, order_date = EXCLUDED.order_date,
					    expected_date = EXCLUDED.expected_date, location_id = EXCLUDED.location_id,
					    currency = EXCLUDED.currency, total_amount = EXCLUDED.total_amount, updated_at = EXCLUDED.updated_at
					WHERE purchase_order.updated_at < EXCLUDED.updated_at
					""")
			.param("tenant", order.tenantId())
			.param("source", order.source())
			.param("id", order.purchaseOrderId())
			.param("orderNumber", order.orderNumber())
			.param("supplierId", order.supplierId())
			.param("supplierName", order.supplierName())
			.param("status", order.status())
			.param("orderDate", order.orderDate())
			.param("expectedDate", order.expectedDate())
			.param("locationId", order.locationId())
			.param("currency", order.currency())
			.param("total", order.total())
			.param("updatedAt", order.updatedAt().atOffset(ZoneOffset.UTC))
			.update();
		if (changed == 0) {
			return;
		}
		this.jdbc.sql("""
				DELETE FROM purchase_order_line
				WHERE tenant_id = :tenant AND source = :source AND purchase_order_id = :id
				""")
			.param("tenant", order.tenantId())
			.param("source", order.source())
			.param("id", order.purchaseOrderId())
			.update();
		for (PurchaseOrder.Line line : order.lines()) {
			this.jdbc.sql("""
					INSERT INTO purchase_order_line (tenant_id, source, purchase_order_id, line_id, sku, quantity,
					                                 received_quantity, unit_cost, line_total, expected_date)
					VALUES (:tenant, :source, :id, :lineId, :sku, :quantity, :received, :unitCost, :lineTotal,
					        :expectedDate)
					""")
				.param("tenant", order.tenantId())
				.param("source", order.source())
				.param("id", order.purchaseOrderId())
				.param("lineId", line.lineId())
				.param("sku", line.sku())
				.param("quantity", line.quantity())
				.param("received", line.receivedQuantity())
				.param("unitCost", line.unitCost())
				.param("lineTotal", line.lineTotal())
				.param("expectedDate", line.expectedDate())
				.update();
		}
	}

	/**
	 * Orders whose goods are still to come ({@link PurchaseOrder#OPEN_STATUSES}), with
	 * their lines, by order date then id.
	 * @param tenantId the tenant
	 * @return the open orders
	 */
	public List<PurchaseOrder> openOrders(String tenantId) {
		return orders(tenantId, OPEN_ONLY, LocalDate.MIN, LocalDate.MAX);
	}

	/**
	 * Orders of any status placed in a range of order dates, with their lines.
	 * @param tenantId the tenant
	 * @param from first order date, inclusive
	 * @param to last order date, inclusive
	 * @return the orders, by order date then id
	 */
	public List<PurchaseOrder> orders(String tenantId, LocalDate from, LocalDate to) {
		return orders(tenantId, "", from, to);
	}

	/**
	 * Reads headers and then lines with the same filter; {@code statusFilter} is one of
	 * this class's constants, never input.
	 */
	private List<PurchaseOrder> orders(String tenantId, String statusFilter, LocalDate from, LocalDate to) {
		Map<String, Header> headers = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT * FROM purchase_order o
				WHERE o.tenant_id = :tenant AND o.order_date BETWEEN :from AND :to %s
				ORDER BY o.order_date, o.source, o.purchase_order_id
				""".formatted(statusFilter))
			.param("tenant", tenantId)
			.param("from", bounded(from))
			.param("to", bounded(to))
			.query((row) -> {
				Header header = header(row);
				headers.put(header.source() + "\u0000" + header.purchaseOrderId(), header);
			});
		Map<String, List<PurchaseOrder.Line>> lines = new LinkedHashMap<>();
		if (!headers.isEmpty()) {
			this.jdbc.sql("""
					SELECT l.* FROM purchase_order_line l
					JOIN purchase_order o USING (tenant_id, source, purchase_order_id)
					WHERE o.tenant_id = :tenant AND o.order_date BETWEEN :from AND :to %s
					ORDER BY l.source, l.purchase_order_id, l.line_id
					""".formatted(statusFilter))
				.param("tenant", tenantId)
				.param("from", bounded(from))
				.param("to", bounded(to))
				.query((row) -> {
					lines
						.computeIfAbsent(row.getString("source") + "\u0000" + row.getString("purchase_order_id"),
								(key) -> new ArrayList<>())
						.add(line(row));
				});
		}
		List<PurchaseOrder> orders = new ArrayList<>(headers.size());
		headers.forEach((key, header) -> orders.add(header.withLines(lines.getOrDefault(key, List.of()))));
		return orders;
	}

	/** PostgreSQL dates span fewer years than Java's; open ends become far dates. */
	private static LocalDate bounded(LocalDate date) {
		if (date.isBefore(LocalDate.of(1900, 1, 1))) {
			return LocalDate.of(1900, 1, 1);
		}
		return date.isAfter(LocalDate.of(9999, 12, 31)) ? LocalDate.of(9999, 12, 31) : date;
	}

	private static Header header(ResultSet row) throws SQLException {
		return new Header(row.getString("tenant_id"), row.getString("source"), row.getString("purchase_order_id"),
				row.getString("order_number"), row.getString("supplier_id"), row.getString("supplier_name"),
				row.getString("status"), row.getObject("order_date", LocalDate.class),
				row.getObject("expected_date", LocalDate.class), row.getString("location_id"),
				row.getString("currency"), row.getBigDecimal("total_amount"),
				row.getObject("updated_at", OffsetDateTime.class).toInstant());
	}

	private static PurchaseOrder.Line line(ResultSet row) throws SQLException {
		return new PurchaseOrder.Line(row.getString("line_id"), row.getString("sku"), row.getInt("quantity"),
				row.getInt("received_quantity"), row.getBigDecimal("unit_cost"), row.getBigDecimal("line_total"),
				row.getObject("expected_date", LocalDate.class));
	}

	/** An order's header as read, before its lines are added. */
	private record Header(String tenantId, String source, String purchaseOrderId, String orderNumber, String supplierId,
			String supplierName, String status, LocalDate orderDate, LocalDate expectedDate, String locationId,
			String currency, java.math.BigDecimal total, java.time.Instant updatedAt) {

		PurchaseOrder withLines(List<PurchaseOrder.Line> lines) {
			return new PurchaseOrder(this.tenantId, this.source, this.purchaseOrderId, this.orderNumber,
					this.supplierId, this.supplierName, this.status, this.orderDate, this.expectedDate, this.locationId,
					this.currency, this.total, lines, this.updatedAt);
		}

	}

}
