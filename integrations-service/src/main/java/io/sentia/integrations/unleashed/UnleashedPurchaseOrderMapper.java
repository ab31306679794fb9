package io.sentia.integrations.unleashed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.sentia.events.PurchaseOrderUpserted;
import io.sentia.events.SentiaEvent;
import io.sentia.events.Supplier;
import io.sentia.integrations.connector.MappingContext;
import io.sentia.integrations.connector.RawRecord;
import io.sentia.integrations.connector.RecordMapper;
import io.sentia.integrations.connector.RecordRejectedException;
import tools.jackson.databind.JsonNode;

/**
 * An Unleashed purchase order as a {@link PurchaseOrderUpserted}: supplier, lines with
 * ordered and receipted units, expected date = {@code RequiredDate} (lines: their
 * {@code DueDate}), receiving location {@code unleashed:<WarehouseCode>}, total =
 * {@code SubTotal} (excluding tax, as the event defines it).
 */
final class UnleashedPurchaseOrderMapper implements RecordMapper {

	private final UnleashedApi api;

	UnleashedPurchaseOrderMapper(UnleashedApi api) {
		this.api = api;
	}

	@Override
	public List<SentiaEvent> map(RawRecord record, MappingContext context) {
		JsonNode order = this.api.parse(record.json());
		String guid = order.path("Guid").asString("");
		String number = UnleashedValues.text(order, "OrderNumber");
		String named = (number != null) ? number : guid;
		JsonNode supplierNode = order.path("Supplier");
		String supplierGuid = UnleashedValues.text(supplierNode, "Guid");
		String supplierName = UnleashedValues.text(supplierNode, "SupplierName");
		if (supplierGuid == null || supplierName == null) {
			throw new RecordRejectedException(
					"Unleashed purchase order " + named + " has no Supplier.Guid and Supplier.SupplierName");
		}
		String currency = UnleashedValues.text(order.path("Currency"), "CurrencyCode");
		if (currency == null) {
			throw new RecordRejectedException("Unleashed purchase order " + named + " has no Currency.CurrencyCode");
		}
		LocalDate orderDate = UnleashedValues.date(order.path("OrderDate"));
		Instant updatedAt = (record.updatedAt() != null) ? record.updatedAt()
				: UnleashedValues.instant(order.path("LastModifiedOn"));
		if (orderDate == null || updatedAt == null) {
			throw new RecordRejectedException(
					"Unleashed purchase order " + named + " lacks OrderDate or LastModifiedOn");
		}
		List<PurchaseOrderUpserted.Line> lines = new ArrayList<>();
		boolean anyReceived = false;
		for (JsonNode line : order.path("PurchaseOrderLines")) {
			JsonNode product = line.path("Product");
			if (!product.isObject()) {
				continue;
			}
			String lineId = (UnleashedValues.text(line, "Guid") != null) ? line.path("Guid").asString()
					: line.path("LineNumber").asString();
			String what = "purchase order " + named + " line " + lineId;
			int received = UnleashedValues.units(line, "ReceiptQuantity", what);
			anyReceived |= received > 0;
			lines.add(new PurchaseOrderUpserted.Line(lineId,
					context.sku(UnleashedValues.text(product, "ProductCode"),
							"product:" + product.path("Guid").asString()),
					UnleashedValues.units(line, "OrderQuantity", what), received,
					UnleashedValues.money(line, "UnitPrice", currency),
					UnleashedValues.money(line, "LineTotal", currency), UnleashedValues.date(line.path("DueDate"))));
		}
		LocalDate expected = UnleashedValues.date(order.path("RequiredDate"));
		if (expected == null) {
			expected = UnleashedValues.date(order.path("DeliveryDate"));
		}
		String warehouse = UnleashedValues.text(order.path("Warehouse"), "WarehouseCode");
		return List.of(new PurchaseOrderUpserted(context.source().tenantId(), guid, "unleashed", number,
				new Supplier(supplierGuid, UnleashedValues.text(supplierNode, "SupplierCode"), supplierName),
				status(order.path("OrderStatus").asString(""), anyReceived), orderDate, expected,
				(warehouse != null) ? "unleashed:" + warehouse : null, currency, lines,
				UnleashedValues.money(order, "SubTotal", currency), updatedAt));
	}

	/**
	 * Parked is a draft, Deleted cancelled; Receipted, Costed and Complete orders have
	 * been received; a Placed order with some units receipted is partially received.
	 */
	static String status(String orderStatus, boolean anyReceived) {
		return switch (orderStatus) {
			case "Parked" -> "draft";
			case "Deleted" -> "cancelled";
			case "Receipted", "Costed", "Complete", "Completed" -> "received";
			default -> anyReceived ? "partially_received" : "placed";
		};
	}

}
