package io.sentia.integrations.unleashed;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.sentia.integrations.connector.ConnectionCheck;
import io.sentia.integrations.connector.ConnectionSpec;
import io.sentia.integrations.connector.Connector;
import io.sentia.integrations.connector.CredentialVault;
import io.sentia.integrations.connector.PageSink;
import io.sentia.integrations.connector.Provider;
import io.sentia.integrations.connector.ProviderCallException;
import io.sentia.integrations.connector.ProviderHttp;
import io.sentia.integrations.connector.ProviderResponse;
import io.sentia.integrations.connector.RawRecord;
import io.sentia.integrations.connector.ReadRequest;
import io.sentia.integrations.connector.RecordMapper;
import io.sentia.integrations.connector.StreamDefinition;
import io.sentia.integrations.connector.StreamReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads an Unleashed account: products, stock on hand per warehouse, sales orders
 * (deleted ones included) and purchase orders. Every request is signed over the exact
 * query string sent; every read filters by {@code modifiedSince} and pages with the page
 * number in the path.
 */
public class UnleashedConnector implements Connector {

	static final String PRODUCTS = "products";

	static final String INVENTORY = "inventory";

	static final String ORDERS = "orders";

	static final String PURCHASE_ORDERS = "purchase-orders";

	/** Unleashed reads have no upper time bound, so a backfill is one window. */
	private static final Duration ONE_WINDOW = Duration.ofDays(3650);

	private static final DateTimeFormatter MODIFIED_SINCE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
		.withZone(ZoneOffset.UTC);

	private final UnleashedProperties properties;

	private final UnleashedApi api;

	private final Map<String, RecordMapper> mappers;

	public UnleashedConnector(UnleashedProperties properties, ProviderHttp http, CredentialVault vault) {
		this.properties = properties;
		this.api = new UnleashedApi(properties, http, vault);
		this.mappers = Map.of(PRODUCTS, new UnleashedProductMapper(this.api), INVENTORY,
				new UnleashedStockMapper(this.api), ORDERS, new UnleashedSalesOrderMapper(this.api), PURCHASE_ORDERS,
				new UnleashedPurchaseOrderMapper(this.api));
	}

	@Override
	public Provider provider() {
		return Provider.UNLEASHED;
	}

	@Override
	public Set<String> requiredSecrets() {
		return Set.of("apiId", "apiKey");
	}

	@Override
	public List<StreamDefinition> streams() {
		Duration overlap = Duration.ofMinutes(5);
		return List.of(StreamDefinition.windowed(PRODUCTS, overlap, Duration.ZERO, ONE_WINDOW),
				StreamDefinition.windowed(INVENTORY, overlap, Duration.ZERO, ONE_WINDOW),
				StreamDefinition.windowed(ORDERS, overlap, Duration.ZERO, ONE_WINDOW),
				StreamDefinition.windowed(PURCHASE_ORDERS, overlap, Duration.ZERO, ONE_WINDOW));
	}

	@Override
	public ConnectionCheck check(ConnectionSpec connection) {
		ProviderResponse response = this.api.call(connection, "Currencies", 1, "");
		return new ConnectionCheck(
				response.successful(), response.status(), response.successful()
						? "Unleashed accepted the API id and key" : "Unleashed answered " + response.status(),
				Map.of());
	}

	@Override
	public StreamReader reader(String stream) {
		return switch (stream) {
			case PRODUCTS -> (request, sink) -> readModified(request, sink, "Products", "");
			case INVENTORY -> this::readStockOnHand;
			case ORDERS -> (request, sink) -> readModified(request, sink, "SalesOrders",
					"&orderStatus=" + this.properties.salesOrderStatuses());
			case PURCHASE_ORDERS -> (request, sink) -> readModified(request, sink, "PurchaseOrders",
					"&orderStatus=" + this.properties.purchaseOrderStatuses());
			default -> throw unknown(stream);
		};
	}

	@Override
	public RecordMapper mapper(String stream) {
		RecordMapper mapper = this.mappers.get(stream);
		if (mapper == null) {
			throw unknown(stream);
		}
		return mapper;
	}

	/**
	 * Reads every page of a resource changed since the request's start; each item's
	 * {@code LastModifiedOn} is its cursor time.
	 */
	private void readModified(ReadRequest request, PageSink sink, String resource, String filters) {
		String query = modifiedSinceQuery(request) + filters;
		this.api.readPages(request.connection(), resource, query, (body) -> {
			List<RawRecord> records = new ArrayList<>();
			for (JsonNode item : body.path("Items")) {
				records.add(new RawRecord(item.path("Guid").asString(),
						UnleashedValues.instant(item.path("LastModifiedOn")), item.toString()));
			}
			sink.page(records, new PageSink.Progress(total(body), null, null));
			return !sink.cancelled();
		});
	}

	/**
	 * Stock on hand without a warehouse filter is the sum over all warehouses, so each
	 * active warehouse is read on its own ({@code warehouseCode}). Rows get their
	 * warehouse's code and name when Unleashed leaves them out, so every record says
	 * where its stock is.
	 */
	private void readStockOnHand(ReadRequest request, PageSink sink) {
		for (Map.Entry<String, String> warehouse : warehouses(request.connection()).entrySet()) {
			if (sink.cancelled()) {
				return;
			}
			String query = modifiedSinceQuery(request) + "&warehouseCode="
					+ URLEncoder.encode(warehouse.getKey(), StandardCharsets.UTF_8);
			this.api.readPages(request.connection(), "StockOnHand", query, (body) -> {
				List<RawRecord> records = new ArrayList<>();
				for (JsonNode item : body.path("Items")) {
					ObjectNode row = (ObjectNode) item;
					if (UnleashedValues.text(row, "WarehouseCode") == null) {
						row.put("WarehouseCode", warehouse.getKey());
					}
					if (UnleashedValues.text(row, "Warehouse") == null) {
						row.put("Warehouse", warehouse.getValue());
					}
					String product = UnleashedValues.text(row, "ProductGuid");
					records.add(new RawRecord(
							warehouse.getKey() + ":"
									+ ((product != null) ? product : row.path("ProductCode").asString()),
							UnleashedValues.instant(row.path("LastModifiedOn")), row.toString()));
				}
				sink.page(records, new PageSink.Progress(null, null, null));
				return !sink.cancelled();
			});
		}
	}

	/**
	 * Codes and names of the account's warehouses that are not obsolete, in order. The
	 * list is one unpaged call: a path segment after {@code Warehouses} would be read as
	 * a warehouse GUID.
	 */
	private Map<String, String> warehouses(ConnectionSpec connection) {
		ProviderResponse response = this.api.call(connection, "Warehouses", null, "");
		if (!response.successful()) {
			throw UnleashedApi.failure("Warehouses", response);
		}
		Map<String, String> warehouses = new LinkedHashMap<>();
		for (JsonNode warehouse : this.api.parse(response.text()).path("Items")) {
			String code = UnleashedValues.text(warehouse, "WarehouseCode");
			if (code != null && !warehouse.path("Obsolete").asBoolean(false)) {
				String name = UnleashedValues.text(warehouse, "WarehouseName");
				warehouses.put(code, (name != null) ? name : code);
			}
		}
		if (warehouses.isEmpty()) {
			throw new ProviderCallException("bad_response", "Unleashed lists no active warehouse for this account");
		}
		return warehouses;
	}

	private String modifiedSinceQuery(ReadRequest request) {
		return "pageSize=" + this.properties.pageSize() + "&modifiedSince="
				+ URLEncoder.encode(MODIFIED_SINCE.format(request.from()), StandardCharsets.UTF_8);
	}

	private static Long total(JsonNode body) {
		JsonNode items = body.path("Pagination").path("NumberOfItems");
		return items.isNumber() ? items.asLong() : null;
	}

	private static IllegalArgumentException unknown(String stream) {
		return new IllegalArgumentException("Unleashed has no stream '" + stream + "'; streams: " + PRODUCTS + ", "
				+ INVENTORY + ", " + ORDERS + ", " + PURCHASE_ORDERS);
	}

}
