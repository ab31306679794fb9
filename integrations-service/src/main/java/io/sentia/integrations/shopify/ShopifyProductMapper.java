package io.sentia.integrations.shopify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.sentia.events.Money;
import io.sentia.events.ProductUpserted;
import io.sentia.events.SentiaEvent;
import io.sentia.integrations.connector.MappingContext;
import io.sentia.integrations.connector.RawRecord;
import io.sentia.integrations.connector.RecordMapper;
import io.sentia.integrations.connector.RecordRejectedException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import static io.sentia.integrations.shopify.ShopifyJson.decimal;
import static io.sentia.integrations.shopify.ShopifyJson.id;
import static io.sentia.integrations.shopify.ShopifyJson.instant;
import static io.sentia.integrations.shopify.ShopifyJson.requiredInstant;
import static io.sentia.integrations.shopify.ShopifyJson.text;

/**
 * Maps a Shopify product ({@code {"shop":{currencyCode}, "product":{…variants…}}}) to one
 * {@link ProductUpserted} per variant: the SKU is the variant's, the price the variant's
 * in the shop currency, the unit cost the inventory item's. Shopify knows no lead time,
 * MOQ or case pack, so those stay unknown / 1.
 */
public class ShopifyProductMapper implements RecordMapper {

	@Override
	public List<SentiaEvent> map(RawRecord record, MappingContext context) {
		JsonNode json;
		try {
			json = ShopifyAdminApi.JSON.readTree(record.json());
		}
		catch (JacksonException ex) {
			throw new RecordRejectedException("product " + record.externalId() + " is not JSON", ex);
		}
		String currency = text(json.path("shop").path("currencyCode"));
		JsonNode product = json.path("product");
		String title = text(product.path("title"));
		if (title == null) {
			throw new RecordRejectedException("product " + record.externalId() + " has no title");
		}
		boolean active = !"ARCHIVED".equals(text(product.path("status")));
		// The merchant's own product type ("Gin", "Gift set"): what they report by.
		String category = text(product.path("productType"));
		Instant productUpdated = requiredInstant(product.path("updatedAt"), "product.updatedAt");
		List<SentiaEvent> events = new ArrayList<>();
		for (JsonNode variant : product.path("variants").path("nodes")) {
			long variantId = id(variant.path("legacyResourceId"), "variant.legacyResourceId");
			String sku = context.sku(text(variant.path("sku")), "variant:" + variantId);
			String variantTitle = text(variant.path("title"));
			String name = (variantTitle == null || "Default Title".equals(variantTitle)) ? title
					: title + " - " + variantTitle;
			Instant variantUpdated = instant(variant.path("updatedAt"), "variant.updatedAt");
			Instant updated = (variantUpdated != null && variantUpdated.isAfter(productUpdated)) ? variantUpdated
					: productUpdated;
			Money price = (currency != null && text(variant.path("price")) != null)
					? new Money(decimal(variant.path("price"), "variant.price"), currency) : null;
			JsonNode cost = variant.path("inventoryItem").path("unitCost");
			Money unitCost = cost.isObject()
					? new Money(decimal(cost.path("amount"), "unitCost"), text(cost.path("currencyCode"))) : null;
			try {
				events.add(new ProductUpserted(context.source().tenantId(), sku, name, category, "shopify", unitCost,
						price, null, 1, 1, null, List.of(), active, updated));
			}
			catch (IllegalArgumentException ex) {
				throw new RecordRejectedException("variant " + variantId + ": " + ex.getMessage(), ex);
			}
		}
		return events;
	}

}
