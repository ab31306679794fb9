package io.sentia.integrations.shopify;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.sentia.events.InventoryLevelChanged;
import io.sentia.events.InventoryLevelChanged.Location;
import io.sentia.events.InventoryLevelChanged.LocationType;
import io.sentia.events.SentiaEvent;
import io.sentia.integrations.connector.MappingContext;
import io.sentia.integrations.connector.RawRecord;
import io.sentia.integrations.connector.RecordMapper;
import io.sentia.integrations.connector.RecordRejectedException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import static io.sentia.integrations.shopify.ShopifyJson.id;
import static io.sentia.integrations.shopify.ShopifyJson.requiredInstant;
import static io.sentia.integrations.shopify.ShopifyJson.text;

/**
 * Maps a Shopify inventory level ({@code {"location":{…}, "level":{…}}}) to one
 * {@link InventoryLevelChanged} at location {@code shopify:<location id>}, with Shopify's
 * named quantities: on_hand, available, incoming (inbound) and reserved.
 */
public class ShopifyInventoryMapper implements RecordMapper {

	@Override
	public List<SentiaEvent> map(RawRecord record, MappingContext context) {
		JsonNode json;
		try {
			json = ShopifyAdminApi.JSON.readTree(record.json());
		}
		catch (JacksonException ex) {
			throw new RecordRejectedException("inventory level " + record.externalId() + " is not JSON", ex);
		}
		JsonNode location = json.path("location");
		JsonNode level = json.path("level");
		JsonNode item = level.path("item");
		JsonNode variant = item.path("variant");
		String ref = variant.isObject() ? "variant:" + id(variant.path("legacyResourceId"), "variant.legacyResourceId")
				: "inventory-item:" + id(item.path("legacyResourceId"), "item.legacyResourceId");
		String sourceSku = variant.isObject() ? text(variant.path("sku")) : null;
		String sku = context.sku((sourceSku != null) ? sourceSku : text(item.path("sku")), ref);
		Map<String, Integer> quantities = new HashMap<>();
		for (JsonNode quantity : level.path("quantities")) {
			quantities.put(quantity.path("name").asString(""), quantity.path("quantity").asInt());
		}
		if (!quantities.containsKey("available")) {
			throw new RecordRejectedException("inventory level " + record.externalId() + " has no available quantity");
		}
		long locationId = id(location.path("legacyResourceId"), "location.legacyResourceId");
		String name = text(location.path("name"));
		try {
			return List.of(new InventoryLevelChanged(context.source().tenantId(), sku,
					new Location("shopify:" + locationId, (name != null) ? name : "Shopify location " + locationId,
							LocationType.WAREHOUSE),
					"shopify", quantities.getOrDefault("on_hand", quantities.get("available")),
					quantities.get("available"), Math.max(0, quantities.getOrDefault("incoming", 0)),
					Math.max(0, quantities.getOrDefault("reserved", 0)),
					requiredInstant(level.path("updatedAt"), "level.updatedAt")));
		}
		catch (IllegalArgumentException ex) {
			throw new RecordRejectedException("inventory level " + record.externalId() + ": " + ex.getMessage(), ex);
		}
	}

}
