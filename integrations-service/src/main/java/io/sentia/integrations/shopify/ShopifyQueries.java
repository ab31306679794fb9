package io.sentia.integrations.shopify;

/** The GraphQL Admin API documents the connector sends. */
final class ShopifyQueries {

	private ShopifyQueries() {
	}

	static final String SHOP = "query Shop { shop { name currencyCode myshopifyDomain } }";

	private static final String MONEY = "shopMoney { amount currencyCode } presentmentMoney { amount currencyCode }";

	/** Lines need only the shop's money: every point counts against the query's cost. */
	static final String LINE_ITEM = "id sku quantity currentQuantity variant { legacyResourceId } "
			+ "originalUnitPriceSet { shopMoney { amount currencyCode } } "
			+ "discountAllocations { allocatedAmountSet { shopMoney { amount currencyCode } } }";

	/**
	 * About 95 points per order (10 lines of about 7, 5 refunds of 4, the totals), so 10
	 * orders a page stay under the 1,000-point single-query limit.
	 */
	static final String ORDER = "id legacyResourceId name createdAt processedAt updatedAt cancelledAt closedAt "
			+ "displayFinancialStatus displayFulfillmentStatus currencyCode presentmentCurrencyCode "
			+ "currentTotalPriceSet { " + MONEY + " } " + "refunds(first: 5) { id createdAt totalRefundedSet { " + MONEY
			+ " } } " + "lineItems(first: 10) { pageInfo { hasNextPage endCursor } nodes { " + LINE_ITEM + " } }";

	/** Orders changed in a window, oldest change first; closed and cancelled included. */
	static final String ORDERS = "query Orders($first: Int!, $after: String, $query: String!) { "
			+ "orders(first: $first, after: $after, query: $query, sortKey: UPDATED_AT) { "
			+ "pageInfo { hasNextPage endCursor } nodes { " + ORDER + " } } }";

	static final String ORDER_BY_ID = "query Order($id: ID!) { order(id: $id) { " + ORDER + " } }";

	static final String ORDER_LINE_ITEMS = "query OrderLineItems($id: ID!, $after: String) { order(id: $id) { "
			+ "lineItems(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { " + LINE_ITEM
			+ " } } } }";

	static final String VARIANT = "id legacyResourceId sku title price updatedAt "
			+ "inventoryItem { unitCost { amount currencyCode } }";

	static final String PRODUCT = "id legacyResourceId title productType status updatedAt "
			+ "variants(first: 20) { pageInfo { hasNextPage endCursor } nodes { " + VARIANT + " } }";

	/** Products changed in a window, oldest change first, with their variants. */
	static final String PRODUCTS = "query Products($first: Int!, $after: String, $query: String!) { "
			+ "shop { currencyCode } " + "products(first: $first, after: $after, query: $query, sortKey: UPDATED_AT) { "
			+ "pageInfo { hasNextPage endCursor } nodes { " + PRODUCT + " } } }";

	static final String PRODUCT_BY_ID = "query Product($id: ID!) { shop { currencyCode } product(id: $id) { " + PRODUCT
			+ " } }";

	static final String PRODUCT_VARIANTS = "query ProductVariants($id: ID!, $after: String) { product(id: $id) { "
			+ "variants(first: 250, after: $after) { pageInfo { hasNextPage endCursor } nodes { " + VARIANT
			+ " } } } }";

	static final String LOCATIONS = "query Locations($first: Int!, $after: String) { "
			+ "locations(first: $first, after: $after, includeInactive: true) { "
			+ "pageInfo { hasNextPage endCursor } nodes { id legacyResourceId name } } }";

	static final String LEVEL = "id updatedAt "
			+ "quantities(names: [\"available\", \"on_hand\", \"incoming\", \"reserved\"]) { name quantity } "
			+ "item { id legacyResourceId sku variant { legacyResourceId sku } }";

	/** One location's inventory levels changed in a window. */
	static final String LOCATION_LEVELS = "query LocationLevels($id: ID!, $first: Int!, $after: String, "
			+ "$query: String!) { location(id: $id) { inventoryLevels(first: $first, after: $after, query: $query) { "
			+ "pageInfo { hasNextPage endCursor } nodes { " + LEVEL + " } } } }";

	/** One item's level at one location, for {@code inventory_levels/update} webhooks. */
	static final String ITEM_LEVEL = "query ItemLevel($item: ID!, $location: ID!) { "
			+ "location(id: $location) { id legacyResourceId name } "
			+ "inventoryItem(id: $item) { inventoryLevel(locationId: $location) { " + LEVEL + " } } }";

}
