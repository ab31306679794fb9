package io.sentia.integrations.shopify;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.sentia.integrations.connector.RecordRejectedException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import static io.sentia.integrations.shopify.ShopifyJson.decimal;
import static io.sentia.integrations.shopify.ShopifyJson.instant;
import static io.sentia.integrations.shopify.ShopifyJson.requiredInstant;
import static io.sentia.integrations.shopify.ShopifyJson.text;

/**
 * The facts of a Shopify order the canonical event needs, read from either shape Shopify
 * sends: a GraphQL {@code Order} node (sync) or a REST order (webhook bodies). Amounts
 * are the shop currency's ({@code shopMoney}); the presentment currency is kept for
 * reference.
 *
 * @param id the order id
 * @param orderedAt when the order was processed (the date Shopify reports it under)
 * @param updatedAt Shopify's last change
 * @param cancelledAt when it was cancelled, or {@code null}
 * @param financialStatus lower-case, e.g. {@code partially_refunded}
 * @param fulfillmentStatus lower-case, e.g. {@code fulfilled}, or {@code null}
 * @param currency shop currency
 * @param presentmentCurrency the customer's currency
 * @param currentTotal total after refunds, removals and edits, in shop currency
 * @param lines the line items
 */
record ShopifyOrder(long id, Instant orderedAt, Instant updatedAt, @Nullable Instant cancelledAt,
		@Nullable String financialStatus, @Nullable String fulfillmentStatus, String currency,
		@Nullable String presentmentCurrency, BigDecimal currentTotal, List<Line> lines) {

	/**
	 * One line item.
	 *
	 * @param id line item id
	 * @param variantId the variant, or {@code null} for a custom line or deleted product
	 * @param sku the SKU Shopify has, may be {@code null}
	 * @param quantity units ordered
	 * @param netQuantity units left after refunds and removals
	 * @param unitPrice original unit price, shop currency
	 * @param discount discounts allocated to the whole line, shop currency
	 * @param currency currency of the amounts
	 */
	record Line(long id, @Nullable Long variantId, @Nullable String sku, int quantity, int netQuantity,
			BigDecimal unitPrice, BigDecimal discount, String currency) {
	}

	/** Reads a GraphQL {@code Order} node. */
	static ShopifyOrder fromGraphql(JsonNode order) {
		JsonNode total = order.path("currentTotalPriceSet").path("shopMoney");
		String currency = requiredCurrency(total.path("currencyCode"), "currentTotalPriceSet.shopMoney.currencyCode");
		List<Line> lines = new ArrayList<>();
		for (JsonNode line : order.path("lineItems").path("nodes")) {
			JsonNode price = line.path("originalUnitPriceSet").path("shopMoney");
			BigDecimal discount = BigDecimal.ZERO;
			for (JsonNode allocation : line.path("discountAllocations")) {
				discount = discount.add(decimal(allocation.path("allocatedAmountSet").path("shopMoney").path("amount"),
						"discountAllocations.allocatedAmountSet"));
			}
			int quantity = line.path("quantity").asInt();
			int net = line.has("currentQuantity") ? line.path("currentQuantity").asInt() : quantity;
			JsonNode variant = line.path("variant");
			lines.add(new Line(ShopifyJson.id(line.path("id"), "lineItems.id"),
					variant.isObject() ? ShopifyJson.id(variant.path("legacyResourceId"), "variant.legacyResourceId")
							: null,
					text(line.path("sku")), quantity, net, decimal(price.path("amount"), "originalUnitPriceSet"),
					discount, requiredCurrency(price.path("currencyCode"), "originalUnitPriceSet.currencyCode")));
		}
		long id = order.has("legacyResourceId") ? ShopifyJson.id(order.path("legacyResourceId"), "legacyResourceId")
				: ShopifyJson.id(order.path("id"), "id");
		Instant created = requiredInstant(order.path("createdAt"), "createdAt");
		Instant processed = instant(order.path("processedAt"), "processedAt");
		return new ShopifyOrder(id, (processed != null) ? processed : created,
				requiredInstant(order.path("updatedAt"), "updatedAt"),
				instant(order.path("cancelledAt"), "cancelledAt"), lower(order.path("displayFinancialStatus")),
				lower(order.path("displayFulfillmentStatus")), currency, text(order.path("presentmentCurrencyCode")),
				decimal(total.path("amount"), "currentTotalPriceSet"), lines);
	}

	/** Reads a REST order, as webhook bodies carry it. */
	static ShopifyOrder fromRest(JsonNode order) {
		JsonNode total = order.path("current_total_price_set").path("shop_money");
		String currency;
		BigDecimal currentTotal;
		if (total.isObject()) {
			currency = requiredCurrency(total.path("currency_code"),
					"current_total_price_set.shop_money.currency_code");
			currentTotal = decimal(total.path("amount"), "current_total_price_set");
		}
		else {
			currency = requiredCurrency(order.path("currency"), "currency");
			currentTotal = decimal(order.path("current_total_price"), "current_total_price");
		}
		Map<Long, Integer> refunded = new HashMap<>();
		for (JsonNode refund : order.path("refunds")) {
			for (JsonNode item : refund.path("refund_line_items")) {
				refunded.merge(item.path("line_item_id").asLong(), item.path("quantity").asInt(), Integer::sum);
			}
		}
		List<Line> lines = new ArrayList<>();
		for (JsonNode line : order.path("line_items")) {
			long lineId = ShopifyJson.id(line.path("id"), "line_items.id");
			JsonNode price = line.path("price_set").path("shop_money");
			BigDecimal unitPrice = price.isObject() ? decimal(price.path("amount"), "line_items.price_set")
					: decimal(line.path("price"), "line_items.price");
			String lineCurrency = price.isObject()
					? requiredCurrency(price.path("currency_code"), "line_items.price_set.currency_code") : currency;
			BigDecimal discount = BigDecimal.ZERO;
			for (JsonNode allocation : line.path("discount_allocations")) {
				JsonNode money = allocation.path("amount_set").path("shop_money");
				discount = discount.add(money.isObject() ? decimal(money.path("amount"), "discount_allocations")
						: decimal(allocation.path("amount"), "discount_allocations.amount"));
			}
			int quantity = line.path("quantity").asInt();
			int net = quantity - refunded.getOrDefault(lineId, 0);
			if (line.hasNonNull("current_quantity")) {
				// Also reflects order edits that removed units without a refund.
				net = Math.min(net, line.path("current_quantity").asInt());
			}
			JsonNode variant = line.path("variant_id");
			lines.add(new Line(lineId, (variant.isNull() || variant.isMissingNode()) ? null : variant.asLong(),
					text(line.path("sku")), quantity, Math.max(0, net), unitPrice, discount, lineCurrency));
		}
		Instant created = requiredInstant(order.path("created_at"), "created_at");
		Instant processed = instant(order.path("processed_at"), "processed_at");
		return new ShopifyOrder(ShopifyJson.id(order.path("id"), "id"), (processed != null) ? processed : created,
				requiredInstant(order.path("updated_at"), "updated_at"),
				instant(order.path("cancelled_at"), "cancelled_at"), lower(order.path("financial_status")),
				lower(order.path("fulfillment_status")), currency, text(order.path("presentment_currency")),
				currentTotal, lines);
	}

	/** Whether a JSON order is a REST order rather than a GraphQL node. */
	static boolean isRest(JsonNode order) {
		return order.has("line_items") || order.has("created_at");
	}

	private static String lower(JsonNode value) {
		String text = text(value);
		return (text != null) ? text.toLowerCase(Locale.ROOT) : null;
	}

	private static String requiredCurrency(JsonNode value, String field) {
		String text = text(value);
		if (text == null || !text.matches("[A-Z]{3}")) {
			throw new RecordRejectedException(field + " must be an ISO-4217 currency but was '" + text + "'");
		}
		return text;
	}

}
