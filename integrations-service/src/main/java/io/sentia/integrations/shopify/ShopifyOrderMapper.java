package io.sentia.integrations.shopify;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Maps a Shopify order (GraphQL node or REST webhook body) to one {@link OrderUpserted}:
 * store = the shop domain, lines net of refunded and removed units, total = Shopify's
 * current total (after refunds and edits) and 0 for a cancelled order, all in the shop
 * currency.
 */
public class ShopifyOrderMapper implements RecordMapper {

	@Override
	public List<SentiaEvent> map(RawRecord record, MappingContext context) {
		JsonNode json;
		try {
			json = ShopifyAdminApi.JSON.readTree(record.json());
		}
		catch (JacksonException ex) {
			throw new RecordRejectedException("order " + record.externalId() + " is not JSON", ex);
		}
		ShopifyOrder order = ShopifyOrder.isRest(json) ? ShopifyOrder.fromRest(json) : ShopifyOrder.fromGraphql(json);
		return List.of(toEvent(order, context));
	}

	OrderUpserted toEvent(ShopifyOrder order, MappingContext context) {
		List<OrderLine> lines = new ArrayList<>();
		for (ShopifyOrder.Line line : order.lines()) {
			String ref = (line.variantId() != null) ? "variant:" + line.variantId() : "line-item:" + line.id();
			String sku = context.sku(line.sku(), ref);
			lines.add(new OrderLine(Long.toString(line.id()), sku, line.netQuantity(),
					money(line.unitPrice(), line.currency(), order), money(lineTotal(line), line.currency(), order)));
		}
		BigDecimal total = (order.cancelledAt() != null) ? BigDecimal.ZERO.setScale(order.currentTotal().scale())
				: order.currentTotal();
		try {
			return new OrderUpserted(context.source().tenantId(), Long.toString(order.id()), "shopify", "shopify",
					context.source().region(), context.source().account(), status(order), order.orderedAt(),
					order.updatedAt(), order.currency(), lines, new Money(total, order.currency()));
		}
		catch (IllegalArgumentException ex) {
			throw new RecordRejectedException("order " + order.id() + ": " + ex.getMessage(), ex);
		}
	}

	/** Revenue of the units still on the order, net of their share of the discounts. */
	static BigDecimal lineTotal(ShopifyOrder.Line line) {
		BigDecimal net = BigDecimal.valueOf(line.netQuantity());
		BigDecimal gross = line.unitPrice().multiply(net);
		if (line.quantity() == 0 || line.discount().signum() == 0) {
			return gross;
		}
		BigDecimal discount = line.discount()
			.multiply(net)
			.divide(BigDecimal.valueOf(line.quantity()), line.unitPrice().scale(), RoundingMode.HALF_EVEN);
		return gross.subtract(discount);
	}

	static String status(ShopifyOrder order) {
		if (order.cancelledAt() != null) {
			return "cancelled";
		}
		if ("refunded".equals(order.financialStatus())) {
			return "refunded";
		}
		if ("partially_refunded".equals(order.financialStatus())) {
			return "partially_refunded";
		}
		if ("fulfilled".equals(order.fulfillmentStatus())) {
			return "fulfilled";
		}
		return "open";
	}

	private static Money money(BigDecimal amount, String currency, ShopifyOrder order) {
		if (!currency.equals(order.currency())) {
			throw new RecordRejectedException("order " + order.id() + " mixes shop currencies " + order.currency()
					+ " and " + currency + "; Shopify should price every line in the shop currency");
		}
		return new Money(amount, currency);
	}

}
