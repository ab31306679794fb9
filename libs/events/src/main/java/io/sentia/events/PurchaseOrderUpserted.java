package io.sentia.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The whole current state of a purchase order placed with a supplier.
 *
 * @param tenantId owning tenant
 * @param purchaseOrderId the source's purchase order id
 * @param source connector that read the order, e.g. {@code unleashed}
 * @param orderNumber the number people use, or {@code null} if the source has none
 * @param supplier who the order is placed with
 * @param status {@code draft} | {@code placed} | {@code partially_received} |
 * {@code received} | {@code cancelled}
 * @param orderDate when the order was placed
 * @param expectedDate when the goods are expected, or {@code null} if not known
 * @param locationId the location receiving the goods, or {@code null} if not known
 * @param currency ISO-4217 currency of every amount in the order
 * @param lines the order lines
 * @param total order total excluding tax
 * @param updatedAt when the source last changed the order
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PurchaseOrderUpserted(String tenantId, String purchaseOrderId, String source, String orderNumber,
		Supplier supplier, String status, LocalDate orderDate, LocalDate expectedDate, String locationId,
		String currency, List<Line> lines, Money total, Instant updatedAt) implements SentiaEvent {

	public static final String TYPE = "sentia.purchasing.order.upserted.v1";

	public PurchaseOrderUpserted {
		Invariants.requiredText(tenantId, "tenantId");
		Invariants.requiredText(purchaseOrderId, "purchaseOrderId");
		Invariants.requiredText(source, "source");
		Invariants.required(supplier, "supplier");
		Invariants.requiredText(status, "status");
		Invariants.required(orderDate, "orderDate");
		Invariants.currency(currency, "currency");
		lines = Invariants.copyOf(lines, "lines");
		Invariants.required(total, "total");
		Invariants.sameCurrency(total, currency, "total");
		for (Line line : lines) {
			Invariants.sameCurrency(line.unitCost(), currency, "lines[" + line.lineId() + "].unitCost");
			Invariants.sameCurrency(line.lineTotal(), currency, "lines[" + line.lineId() + "].lineTotal");
		}
		Invariants.required(updatedAt, "updatedAt");
	}

	@Override
	public String entityId() {
		return this.source + ":" + this.purchaseOrderId;
	}

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String topic() {
		return Topics.PURCHASING_ORDERS;
	}

	/**
	 * One line of a purchase order.
	 *
	 * @param lineId the source's line id
	 * @param sku stock keeping unit ordered
	 * @param quantity units ordered
	 * @param receivedQuantity units received so far
	 * @param unitCost cost of one unit
	 * @param lineTotal cost of the line excluding tax
	 * @param expectedDate when this line is due, or {@code null} to use the order's date
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Line(String lineId, String sku, int quantity, int receivedQuantity, Money unitCost, Money lineTotal,
			LocalDate expectedDate) {

		public Line {
			Invariants.requiredText(lineId, "lines.lineId");
			Invariants.requiredText(sku, "lines.sku");
			Invariants.notNegative(quantity, "lines.quantity");
			Invariants.notNegative(receivedQuantity, "lines.receivedQuantity");
			Invariants.required(unitCost, "lines.unitCost");
			Invariants.required(lineTotal, "lines.lineTotal");
		}

	}

}
