package io.sentia.integrations.shopify;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import io.sentia.integrations.connector.ConnectionCheck;
import io.sentia.integrations.connector.ConnectionSpec;
import io.sentia.integrations.connector.Connector;
import io.sentia.integrations.connector.PageSink;
import io.sentia.integrations.connector.Provider;
import io.sentia.integrations.connector.ProviderCallException;
import io.sentia.integrations.connector.RawRecord;
import io.sentia.integrations.connector.ReadRequest;
import io.sentia.integrations.connector.RecordMapper;
import io.sentia.integrations.connector.StreamDefinition;
import io.sentia.integrations.connector.StreamReader;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Shopify over the GraphQL Admin API, one connection per store (account = the
 * {@code *.myshopify.com} domain). Streams {@code orders} (closed, cancelled and refunded
 * included), {@code products} (one record per product, one event per variant) and
 * {@code inventory} (levels per location), each filtered by {@code updated_at} in the
 * request's window, sorted by update time and paged with {@code first}/{@code after}.
 */
public class ShopifyConnector implements Connector {

	public static final String ORDERS = "orders";

	public static final String PRODUCTS = "products";

	public static final String INVENTORY = "inventory";

	/**
	 * Shopify stops cursor paging after 25,000 objects; well before that a read starts a
	 * new query from the last record's update time (records are sorted by it).
	 */
	static final int REANCHOR_AFTER = 20_000;

	private final ShopifyAdminApi api;

	private final ShopifyProperties properties;

	private final ShopifyOrderMapper orderMapper = new ShopifyOrderMapper();

	private final ShopifyProductMapper productMapper = new ShopifyProductMapper();

	private final ShopifyInventoryMapper inventoryMapper = new ShopifyInventoryMapper();

	private final int reanchorAfter;

	public ShopifyConnector(ShopifyAdminApi api, ShopifyProperties properties) {
		this(api, properties, REANCHOR_AFTER);
	}

	ShopifyConnector(ShopifyAdminApi api, ShopifyProperties properties, int reanchorAfter) {
		this.api = api;
		this.properties = properties;
		this.reanchorAfter = reanchorAfter;
	}

	@Override
	public Provider provider() {
		return Provider.SHOPIFY;
	}

	@Override
	public Set<String> requiredSecrets() {
		return Set.of("accessToken", "apiSecret");
	}

	@Override
	public List<StreamDefinition> streams() {
		return List.of(StreamDefinition.windowed(ORDERS, Duration.ofMinutes(10), Duration.ZERO, Duration.ofDays(7)),
				StreamDefinition.windowed(PRODUCTS, Duration.ofMinutes(10), Duration.ZERO, Duration.ofDays(90)),
				StreamDefinition.windowed(INVENTORY, Duration.ofMinutes(10), Duration.ZERO, Duration.ofDays(30)));
	}

	@Override
	public ConnectionCheck check(ConnectionSpec connection) {
		try {
			JsonNode shop = this.api.query(connection, "shop", ShopifyQueries.SHOP, Map.of()).path("shop");
			Map<String, String> details = new LinkedHashMap<>();
			details.put("name", shop.path("name").asString(""));
			details.put("currency", shop.path("currencyCode").asString(""));
			details.put("domain", shop.path("myshopifyDomain").asString(""));
			return new ConnectionCheck(true, 200, "connected to " + details.get("name"), details);
		}
		catch (ProviderCallException ex) {
			return new ConnectionCheck(false, "auth_failed".equals(ex.code()) ? 401 : 0, ex.getMessage(), Map.of());
		}
	}

	@Override
	public StreamReader reader(String stream) {
		return switch (stream) {
			case ORDERS -> this::readOrders;
			case PRODUCTS -> this::readProducts;
			case INVENTORY -> this::readInventory;
			default -> throw new IllegalArgumentException("shopify has no stream '" + stream + "'");
		};
	}

	@Override
	public RecordMapper mapper(String stream) {
		return switch (stream) {
			case ORDERS -> this.orderMapper;
			case PRODUCTS -> this.productMapper;
			case INVENTORY -> this.inventoryMapper;
			default -> throw new IllegalArgumentException("shopify has no stream '" + stream + "'");
		};
	}

	private void readOrders(ReadRequest request, PageSink sink) {
		ConnectionSpec connection = request.connection();
		paginate(request, sink, "orders.read", ShopifyQueries.ORDERS, this.properties.ordersPageSize(), Map.of(),
				(data) -> data.path("orders"), (data, order) -> orderRecord(connection, order));
	}

	private void readProducts(ReadRequest request, PageSink sink) {
		ConnectionSpec connection = request.connection();
		paginate(request, sink, "products.read", ShopifyQueries.PRODUCTS, this.properties.productsPageSize(), Map.of(),
				(data) -> data.path("products"),
				(data, product) -> productRecord(connection, data.path("shop"), product));
	}

	private void readInventory(ReadRequest request, PageSink sink) {
		for (JsonNode location : locations(request.connection())) {
			if (sink.cancelled()) {
				return;
			}
			paginate(request, sink, "inventory.read", ShopifyQueries.LOCATION_LEVELS,
					this.properties.inventoryPageSize(), Map.of("id", location.path("id").asString()),
					(data) -> data.path("location").path("inventoryLevels"),
					(data, level) -> levelRecord(location, level));
		}
	}

	/**
	 * Every location of the shop, inactive ones too: their stock still counts until
	 * moved.
	 */
	private List<JsonNode> locations(ConnectionSpec connection) {
		List<JsonNode> locations = new ArrayList<>();
		String after = null;
		do {
			Map<String, Object> variables = new HashMap<>();
			variables.put("first", 250);
			variables.put("after", after);
			JsonNode page = this.api.query(connection, "locations.read", ShopifyQueries.LOCATIONS, variables)
				.path("locations");
			page.path("nodes").forEach(locations::add);
			after = page.path("pageInfo").path("hasNextPage").asBoolean()
					? page.path("pageInfo").path("endCursor").asString() : null;
		}
		while (after != null);
		return locations;
	}

	/**
	 * Reads every page of a connection filtered to the request's window, handing each
	 * page to the sink as it arrives.
	 */
	private void paginate(ReadRequest request, PageSink sink, String operation, String document, int pageSize,
			Map<String, Object> fixed, Function<JsonNode, JsonNode> connectionOf,
			BiFunction<JsonNode, JsonNode, RawRecord> toRecord) {
		Instant from = request.from();
		String after = null;
		int readInQuery = 0;
		while (!sink.cancelled()) {
			Map<String, Object> variables = new HashMap<>(fixed);
			variables.put("first", pageSize);
			variables.put("after", after);
			variables.put("query", search(from, request.to()));
			JsonNode data = this.api.query(request.connection(), operation, document, variables);
			JsonNode page = connectionOf.apply(data);
			if (!page.isObject()) {
				throw new ProviderCallException("bad_response", "shopify " + operation + " answered no connection");
			}
			List<RawRecord> records = new ArrayList<>();
			for (JsonNode node : page.path("nodes")) {
				records.add(toRecord.apply(data, node));
			}
			sink.page(records, PageSink.Progress.none());
			readInQuery += records.size();
			JsonNode pageInfo = page.path("pageInfo");
			if (!pageInfo.path("hasNextPage").asBoolean() || records.isEmpty()) {
				return;
			}
			Instant last = records.getLast().updatedAt();
			if (readInQuery >= this.reanchorAfter && last != null && last.isAfter(from)) {
				from = last;
				after = null;
				readInQuery = 0;
			}
			else {
				after = pageInfo.path("endCursor").asString();
			}
		}
	}

	/**
	 * Shopify's search syntax for the window; Shopify compares the instants, so UTC text
	 * is exact whatever the shop's zone.
	 */
	static String search(Instant from, @Nullable Instant to) {
		String query = "updated_at:>='" + from + "'";
		return (to != null) ? query + " AND updated_at:<'" + to + "'" : query;
	}

	RawRecord orderRecord(ConnectionSpec connection, JsonNode order) {
		completeConnection(connection, order, "lineItems", "order.lineItems", ShopifyQueries.ORDER_LINE_ITEMS,
				(data) -> data.path("order").path("lineItems"));
		return new RawRecord(Long.toString(ShopifyJson.id(order.path("legacyResourceId"), "legacyResourceId")),
				ShopifyJson.instant(order.path("updatedAt"), "updatedAt"),
				ShopifyAdminApi.JSON.writeValueAsString(order));
	}

	RawRecord productRecord(ConnectionSpec connection, JsonNode shop, JsonNode product) {
		completeConnection(connection, product, "variants", "product.variants", ShopifyQueries.PRODUCT_VARIANTS,
				(data) -> data.path("product").path("variants"));
		ObjectNode json = ShopifyAdminApi.JSON.createObjectNode();
		json.set("shop", shop);
		json.set("product", product);
		return new RawRecord(Long.toString(ShopifyJson.id(product.path("legacyResourceId"), "legacyResourceId")),
				ShopifyJson.instant(product.path("updatedAt"), "updatedAt"),
				ShopifyAdminApi.JSON.writeValueAsString(json));
	}

	static RawRecord levelRecord(JsonNode location, JsonNode level) {
		ObjectNode json = ShopifyAdminApi.JSON.createObjectNode();
		json.set("location", location);
		json.set("level", level);
		long item = ShopifyJson.id(level.path("item").path("legacyResourceId"), "item.legacyResourceId");
		long at = ShopifyJson.id(location.path("legacyResourceId"), "location.legacyResourceId");
		return new RawRecord(item + "@" + at, ShopifyJson.instant(level.path("updatedAt"), "updatedAt"),
				ShopifyAdminApi.JSON.writeValueAsString(json));
	}

	/**
	 * Fetches the rest of a nested connection (an order's lines beyond the first page, a
	 * product's variants) so no record is mapped with part of its children.
	 */
	private void completeConnection(ConnectionSpec connection, JsonNode parent, String field, String operation,
			String document, Function<JsonNode, JsonNode> connectionOf) {
		JsonNode nested = parent.path(field);
		if (!nested.path("pageInfo").path("hasNextPage").asBoolean()) {
			return;
		}
		ArrayNode nodes = (ArrayNode) nested.path("nodes");
		String after = nested.path("pageInfo").path("endCursor").asString();
		while (after != null) {
			Map<String, Object> variables = new HashMap<>();
			variables.put("id", parent.path("id").asString());
			variables.put("after", after);
			JsonNode page = connectionOf.apply(this.api.query(connection, operation, document, variables));
			page.path("nodes").forEach(nodes::add);
			after = page.path("pageInfo").path("hasNextPage").asBoolean()
					? page.path("pageInfo").path("endCursor").asString() : null;
		}
		((ObjectNode) nested).putObject("pageInfo").put("hasNextPage", false);
	}

	/** The order as it is now, e.g. after a {@code refunds/create} webhook. */
	RawRecord fetchOrder(ConnectionSpec connection, long orderId) {
		JsonNode order = this.api
			.query(connection, "order.get", ShopifyQueries.ORDER_BY_ID, Map.of("id", "gid://shopify/Order/" + orderId))
			.path("order");
		if (!order.isObject()) {
			throw new ProviderCallException("not_found", "shopify has no order " + orderId);
		}
		return orderRecord(connection, order);
	}

	/** The product as it is now, for {@code products/*} webhooks. */
	RawRecord fetchProduct(ConnectionSpec connection, long productId) {
		JsonNode data = this.api.query(connection, "product.get", ShopifyQueries.PRODUCT_BY_ID,
				Map.of("id", "gid://shopify/Product/" + productId));
		if (!data.path("product").isObject()) {
			throw new ProviderCallException("not_found", "shopify has no product " + productId);
		}
		return productRecord(connection, data.path("shop"), data.path("product"));
	}

	/** One item's level at one location, for {@code inventory_levels/update} webhooks. */
	RawRecord fetchLevel(ConnectionSpec connection, long inventoryItemId, long locationId) {
		JsonNode data = this.api.query(connection, "inventory_level.get", ShopifyQueries.ITEM_LEVEL, Map.of("item",
				"gid://shopify/InventoryItem/" + inventoryItemId, "location", "gid://shopify/Location/" + locationId));
		JsonNode level = data.path("inventoryItem").path("inventoryLevel");
		if (!level.isObject() || !data.path("location").isObject()) {
			throw new ProviderCallException("not_found",
					"shopify has no level of item " + inventoryItemId + " at location " + locationId);
		}
		return levelRecord(data.path("location"), level);
	}

}
