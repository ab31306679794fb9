package io.sentia.analytics.purchasing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.sentia.events.PurchaseOrderUpserted;
import org.jspecify.annotations.Nullable;

/**
 * A purchase order with its lines; every amount is in {@code currency}.
 *
 * @param tenantId owning tenant
 * @param source connector that read it
 * @param purchaseOrderId the source's id
 * @param orderNumber the number people use, or {@code null}
 * @param supplierId supplier's id
 * @param supplierName supplier's name
 * @param status {@code draft} | {@code placed} | {@code partially_received} |
 * {@code received} | {@code cancelled}
 * @param orderDate when it was placed
 * @param expectedDate when the goods are expected, or {@code null}
 * @param locationId receiving location, or {@code null}
 * @param currency ISO-4217 currency
 * @param total order total excluding tax
 * @param lines the lines, by line id
 * @param updatedAt the source's change time of this state
 */
public record PurchaseOrder(String tenantId, String source, String purchaseOrderId, @Nullable String orderNumber,
		String supplierId, String supplierName, String status, LocalDate orderDate, @Nullable LocalDate expectedDate,
		@Nullable String locationId, String currency, BigDecimal total, List<Line> lines, Instant updatedAt) {

	/**
	 * Statuses of an order whose goods (and bill) are still to come, wholly or in part.
	 */
	public static final List<String> OPEN_STATUSES = List.of("placed", "partially_received");

	public PurchaseOrder {
		lines = List.copyOf(lines);
	}

	static PurchaseOrder of(PurchaseOrderUpserted order) {
		return new PurchaseOrder(order.tenantId(), order.source(), order.purchaseOrderId(), order.orderNumber(),
				order.supplier().supplierId(), order.supplier().name(), order.status(), order.orderDate(),
				order.expectedDate(), order.locationId(), order.currency(), order.total().amount(),
				order.lines()
					.stream()
					.map((line) -> new Line(line.lineId(), line.sku(), line.quantity(), line.receivedQuantity(),
							line.unitCost().amount(), line.lineTotal().amount(), line.expectedDate()))
					.toList(),
				order.updatedAt());
	}

	/**
	 * One line of the order.
	 *
	 * @param lineId the source's line id
	 * @param sku SKU ordered
	 * @param quantity units ordered
	 * @param receivedQuantity units received so far
	 * @param unitCost cost of one unit
	 * @param lineTotal cost of the line excluding tax
	 * @param expectedDate when this line is due, or {@code null} for the order's date
	 */
	public record Line(String lineId, String sku, int quantity, int receivedQuantity, BigDecimal unitCost,
			BigDecimal lineTotal, @Nullable LocalDate expectedDate) {

		/** Units still to arrive, never negative. */
		public int outstandingQuantity() {
			return Math.max(0, this.quantity - this.receivedQuantity);
		}

	}

}
