package io.sentia.integrations.shopify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import io.sentia.integrations.connector.ConnectionSpec;
import io.sentia.integrations.connector.Provider;
import tools.jackson.databind.JsonNode;

/**
 * The simulator's payloads (src/test/resources/shopify) and the connection they belong
 * to.
 */
final class ShopifyFixtures {

	static final String TENANT = "5e471a00-0000-4000-8000-000000000001";

	static final String SHOP = "jsmith.myshopify.com";

	static final UUID CONNECTION_ID = UUID.fromString("00000000-0000-4000-8000-00000000a001");

	static final ConnectionSpec CONNECTION = new ConnectionSpec(CONNECTION_ID, TENANT, Provider.SHOPIFY, SHOP, "US",
			"John Smith US", Map.of());

	private ShopifyFixtures() {
	}

	static String text(String path) {
		try (InputStream in = ShopifyFixtures.class.getResourceAsStream("/shopify/" + path)) {
			if (in == null) {
				throw new IllegalArgumentException("no fixture shopify/" + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static JsonNode json(String path) {
		return ShopifyAdminApi.JSON.readTree(text(path));
	}

	/** The official REST order, as an {@code orders/*} webhook body carries it. */
	static String restOrder() {
		return ShopifyAdminApi.JSON.writeValueAsString(json("order.get-by-id.response.json").path("order"));
	}

}
