package io.sentia.integrations.unleashed;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.sentia.events.Money;
import io.sentia.events.OrderLine;
import io.sentia.events.OrderUpserted;
import io.sentia.events.SentiaEvent;
import io.sentia.integrations.connector.MappingContext;
import io.sentia.integrations.connector.RawRecord;
import io.sentia.integrations.connector.RecordMapper;
import io.sentia.integrations.connector.RecordRejectedException;
import tools.jackson.databind.JsonNode;

/**
 * An Unleashed sales order as a wholesale {@link OrderUpserted}. A {@code Deleted} order
 * becomes a cancellation: status {@code cancelled}, every line 0 units and 0.00, total
 * 0.00, so it stops counting as demand and revenue.
 */
final class UnleashedSalesOrderMapper implements RecordMapper {

	private final UnleashedApi api;

	UnleashedSalesOrderMapper(UnleashedApi api) {
		this.api = api;
	}

	@Override
	public List<SentiaEvent> map(RawRecord record, MappingContext context) {
		JsonNode order = this.api.parse(record.json());
		String guid = order.path("Guid").asString("");
		String number = order.path("OrderNumber").asString(guid);
		String region = context.source().region();
		if (region == null || region.isBlank()) {
			throw new RecordRejectedException(
					"Unleashed sales order " + number + " cannot be given a region: set the connection's region");
		}
		String currency = UnleashedValues.text(order.path("Currency"), "CurrencyCode");
		if (currency == null) {
			throw new RecordRejectedException("Unleashed sales order " + number + " has no Currency.CurrencyCode");
		}
		Instant orderedAt = UnleashedValues.instant(order.path("OrderDate"));
		Instant updatedAt = (record.updatedAt() != null) ? record.updatedAt()
				: UnleashedValues.instant(order.path("LastModifiedOn"));
		if (orderedAt == null || updatedAt == null) {
			throw new RecordRejectedException("Unleashed sales order " + number + " lacks OrderDate or LastModifiedOn");
		}
		String status = status(order.path("OrderStatus").asString(""));
		boolean cancelled = "cancelled".equals(status);
		List<OrderLine> lines = new ArrayList<>();
		for (JsonNode line : order.path("SalesOrderLines")) {
			JsonNode product = line.path("Product");
			if (!product.isObject()) {
				// Charge and comment lines name no product; their money is in the total.
				continue;
			}
			String lineId = (UnleashedValues.text(line, "Guid") != null) ? line.path("Guid").asString()
					: line.path("LineNumber").asString();
			String sku = context.sku(UnleashedValues.text(product, "ProductCode"),
					"product:" + product.path("Guid").asString());
			int quantity = UnleashedValues.units(line, "OrderQuantity", "sales order " + number + " line " + lineId);
			Money unitPrice = UnleashedValues.money(line, "UnitPrice", currency);
			Money lineTotal = UnleashedValues.money(line, "LineTotal", currency);
			lines.add(cancelled ? new OrderLine(lineId, sku, 0, unitPrice, zero(lineTotal))
					: new OrderLine(lineId, sku, quantity, unitPrice, lineTotal));
		}
		Money total = UnleashedValues.money(order, "Total", currency);
		return List.of(new OrderUpserted(context.source().tenantId(), guid, "unleashed", "wholesale", region,
				context.source().account(), status, orderedAt, updatedAt, currency, lines,
				cancelled ? zero(total) : total));
	}

	/**
	 * Completed and dispatched orders are fulfilled, deleted ones cancelled; parked,
	 * placed, backordered and the picking stages are still open.
	 */
	static String status(String orderStatus) {
		return switch (orderStatus) {
			case "Completed", "Dispatched" -> "fulfilled";
			case "Deleted" -> "cancelled";
			default -> "open";
		};
	}

	/** Zero at the amount's scale, at least cents, so a cancelled 408 reads 0.00. */
	private static Money zero(Money money) {
		return new Money(BigDecimal.ZERO.setScale(Math.max(2, money.amount().scale())), money.currency());
	}

}
