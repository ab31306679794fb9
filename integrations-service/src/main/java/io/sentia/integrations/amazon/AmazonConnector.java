package io.sentia.integrations.amazon;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.sentia.events.Money;
import io.sentia.events.OrderLine;
import io.sentia.events.OrderUpserted;
import io.sentia.events.SentiaEvent;
import io.sentia.integrations.connector.ConnectionCheck;
import io.sentia.integrations.connector.ConnectionSpec;
import io.sentia.integrations.connector.Connector;
import io.sentia.integrations.connector.CredentialVault;
import io.sentia.integrations.connector.MappingContext;
import io.sentia.integrations.connector.PageSink;
import io.sentia.integrations.connector.Provider;
import io.sentia.integrations.connector.ProviderCallException;
import io.sentia.integrations.connector.ProviderHttp;
import io.sentia.integrations.connector.ProviderRequest;
import io.sentia.integrations.connector.ProviderResponse;
import io.sentia.integrations.connector.RawRecord;
import io.sentia.integrations.connector.ReadRequest;
import io.sentia.integrations.connector.RecordMapper;
import io.sentia.integrations.connector.RecordRejectedException;
import io.sentia.integrations.connector.Secrets;
import io.sentia.integrations.connector.StreamDefinition;
import io.sentia.integrations.connector.StreamReader;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads an Amazon seller account in one marketplace: {@code orders} via searchOrders
 * (Orders API 2026-01-01) and {@code inventory} via the FBA inventory summaries (FBA is a
 * stock location), authenticated with an LWA access token in {@code x-amz-access-token}
 * (SP-API needs no SigV4).
 */
public class AmazonConnector implements Connector {

	static final String ORDERS = "orders";

	static final String SEARCH_ORDERS = "searchOrders";

	static final String INVENTORY = "inventory";

	static final String INVENTORY_SUMMARIES = "getInventorySummaries";

	/**
	 * getInventorySummaries refuses a startDateTime more than 18 months back; older
	 * starts read every summary instead.
	 */
	static final Duration INVENTORY_HISTORY = Duration.ofDays(540);

	/** searchOrders refuses a lastUpdatedBefore younger than two minutes. */
	static final Duration UPPER_BOUND_LAG = Duration.ofMinutes(2);

	/** Refresh the access token this long before Amazon says it expires. */
	static final Duration TOKEN_MARGIN = Duration.ofMinutes(5);

	private static final Map<String, String> MARKETPLACES = Map.of("UK", "A1F83G8C2ARO7P", "US", "ATVPDKIKX0DER");

	static final Map<String, String> REGIONS = Map.of("A1F83G8C2ARO7P", "UK", "ATVPDKIKX0DER", "US");

	private final AmazonProperties properties;

	private final ProviderHttp http;

	private final CredentialVault vault;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private final AmazonInventoryMapper inventoryMapper = new AmazonInventoryMapper(this.json);

	public AmazonConnector(AmazonProperties properties, ProviderHttp http, CredentialVault vault, Clock clock) {
		this.properties = properties;
		this.http = http;
		this.vault = vault;
		this.clock = clock;
	}

	@Override
	public Provider provider() {
		return Provider.AMAZON;
	}

	@Override
	public Set<String> requiredSecrets() {
		return Set.of("refreshToken", "clientId", "clientSecret");
	}

	/**
	 * Inventory summaries cannot be bounded above ({@code startDateTime} only), so the
	 * stream is not windowed: a backfill is one read since its start.
	 */
	@Override
	public List<StreamDefinition> streams() {
		return List.of(StreamDefinition.windowed(ORDERS, Duration.ofMinutes(10), UPPER_BOUND_LAG, Duration.ofDays(30)),
				new StreamDefinition(INVENTORY, Duration.ofMinutes(10), Duration.ZERO, INVENTORY_HISTORY, false));
	}

	/**
	 * searchOrders with one result: the only operation whose spec is in the reference
	 * set, so the check exercises the same grant and role the sync needs.
	 */
	@Override
	public ConnectionCheck check(ConnectionSpec connection) {
		Instant before = this.clock.instant().minus(UPPER_BOUND_LAG).truncatedTo(ChronoUnit.SECONDS);
		String query = "lastUpdatedAfter=" + enc(before.minus(Duration.ofDays(1)).toString()) + "&lastUpdatedBefore="
				+ enc(before.toString()) + "&marketplaceIds=" + marketplace(connection) + "&maxResultsPerPage=1";
		ProviderResponse response = get(connection, "/orders/2026-01-01/orders", query, SEARCH_ORDERS);
		return new ConnectionCheck(response.successful(), response.status(),
				response.successful() ? "Amazon accepted the LWA grant" : "Amazon answered " + response.status(),
				Map.of("marketplaceId", marketplace(connection)));
	}

	@Override
	public StreamReader reader(String stream) {
		return switch (stream) {
			case ORDERS -> this::readOrders;
			case INVENTORY -> this::readInventory;
			default -> throw unknown(stream);
		};
	}

	@Override
	public RecordMapper mapper(String stream) {
		return switch (stream) {
			case ORDERS -> this::mapOrder;
			case INVENTORY -> this.inventoryMapper;
			default -> throw unknown(stream);
		};
	}

	private static IllegalArgumentException unknown(String stream) {
		return new IllegalArgumentException("Amazon has no stream '" + stream + "'; streams: orders, inventory");
	}

	private void readOrders(ReadRequest request, PageSink sink) {
		Instant ceiling = this.clock.instant().minus(UPPER_BOUND_LAG).truncatedTo(ChronoUnit.SECONDS);
		Instant before = (request.to() != null && request.to().isBefore(ceiling)) ? request.to() : ceiling;
		String first = "lastUpdatedAfter=" + enc(request.from().toString()) + "&lastUpdatedBefore="
				+ enc(before.toString()) + "&marketplaceIds=" + marketplace(request.connection())
				+ "&maxResultsPerPage=100";
		String query = first;
		while (true) {
			ProviderResponse response = get(request.connection(), "/orders/2026-01-01/orders", query, SEARCH_ORDERS);
			if (!response.successful()) {
				throw new ProviderCallException("amazon_http_" + response.status(),
						"Amazon searchOrders answered " + response.status() + ": " + response.text());
			}
			JsonNode body = this.json.readTree(response.body());
			List<RawRecord> records = new ArrayList<>();
			for (JsonNode order : body.path("orders")) {
				records.add(new RawRecord(order.path("orderId").asString(),
						Instant.parse(order.path("lastUpdatedTime").asString()), order.toString()));
			}
			String next = body.path("pagination").path("nextToken").asString(null);
			sink.page(records, new PageSink.Progress(null, null, null));
			if (next == null || next.isEmpty() || sink.cancelled()) {
				return;
			}
			// Follow-up pages carry only the token: resending the filters is refused
			// (400).
			query = "paginationToken=" + enc(next);
		}
	}

	/**
	 * Reads FBA inventory summaries of the connection's marketplace changed since the
	 * request's start (all of them when the start is older than Amazon keeps changes).
	 * {@code nextToken} expires 30 seconds after it is issued, so each next page is asked
	 * for as soon as a page arrives, before the page is handed on, and with the same
	 * {@code startDateTime} as the first request, as Amazon requires. Should a token
	 * still be refused (400, e.g. expired after long throttling), the read starts over
	 * once from the first page; pages read twice are harmless because ingestion
	 * de-duplicates.
	 */
	private void readInventory(ReadRequest request, PageSink sink) {
		String marketplace = marketplace(request.connection());
		String query = "details=true&granularityType=Marketplace&granularityId=" + marketplace + "&marketplaceIds="
				+ marketplace;
		if (request.from().isAfter(this.clock.instant().minus(INVENTORY_HISTORY))) {
			query += "&startDateTime=" + enc(request.from().truncatedTo(ChronoUnit.SECONDS).toString());
		}
		if (!readInventoryPages(request.connection(), query, sink)) {
			if (!readInventoryPages(request.connection(), query, sink)) {
				throw new ProviderCallException("amazon_http_400",
						"Amazon refused the nextToken of getInventorySummaries twice, reading from the first page");
			}
		}
	}

	/**
	 * Reads every page from the first.
	 * @return {@code false} when a follow-up page's token was refused
	 */
	private boolean readInventoryPages(ConnectionSpec connection, String query, PageSink sink) {
		ProviderResponse response = inventoryPage(connection, query);
		while (response != null) {
			JsonNode body = this.json.readTree(response.body());
			String next = body.path("pagination").path("nextToken").asString(null);
			ProviderResponse following = null;
			if (next != null && !next.isEmpty() && !sink.cancelled()) {
				following = get(connection, "/fba/inventory/v1/summaries", query + "&nextToken=" + enc(next),
						INVENTORY_SUMMARIES);
			}
			sink.page(inventoryRecords(body, readAt(response)), PageSink.Progress.none());
			if (following != null && following.status() == 400) {
				return false;
			}
			response = (following != null) ? successful(following) : null;
		}
		return true;
	}

	private ProviderResponse inventoryPage(ConnectionSpec connection, String query) {
		return successful(get(connection, "/fba/inventory/v1/summaries", query, INVENTORY_SUMMARIES));
	}

	private static ProviderResponse successful(ProviderResponse response) {
		if (!response.successful()) {
			throw new ProviderCallException(
					(response.status() == 401 || response.status() == 403) ? "auth_failed"
							: "amazon_http_" + response.status(),
					"Amazon getInventorySummaries answered " + response.status() + ": " + response.text());
		}
		return response;
	}

	/**
	 * Each summary with the granularity it was read at and the response time, because a
	 * summary alone names neither its marketplace nor, when never updated, a time.
	 */
	private List<RawRecord> inventoryRecords(JsonNode body, Instant readAt) {
		JsonNode payload = body.path("payload");
		List<RawRecord> records = new ArrayList<>();
		for (JsonNode summary : payload.path("inventorySummaries")) {
			ObjectNode envelope = this.json.createObjectNode();
			envelope.set("granularity", payload.path("granularity"));
			envelope.put("readAt", readAt.toString());
			envelope.set("inventorySummary", summary);
			String updated = summary.path("lastUpdatedTime").asString("");
			records.add(new RawRecord(summary.path("sellerSku").asString(),
					updated.isBlank() ? null : Instant.parse(updated), envelope.toString()));
		}
		return records;
	}

	/** The provider's clock from the HTTP {@code Date} header, else ours. */
	private Instant readAt(ProviderResponse response) {
		String date = response.header("Date");
		if (date != null) {
			try {
				return ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
			}
			catch (DateTimeParseException ex) {
				// fall through to the local clock; only used for never-updated summaries
			}
		}
		return this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
	}

	private ProviderResponse get(ConnectionSpec connection, String path, String query, String operation) {
		String token = accessToken(connection);
		URI uri = URI
			.create(this.properties.endpoint(connection.region()).toString().replaceAll("/$", "") + path + "?" + query);
		return this.http
			.client(Provider.AMAZON, connection.id(),
					connection.account() + ":" + connection.region() + ":" + operation,
					() -> INVENTORY_SUMMARIES.equals(operation) ? new AmazonRatePolicy(2, 2)
							: new AmazonRatePolicy(0.0056, 20))
			.send(ProviderRequest.get(uri, Map.of("x-amz-access-token", token, "Accept", "application/json"),
					operation));
	}

	/** The cached LWA access token, refreshed single-flight through the vault. */
	String accessToken(ConnectionSpec connection) {
		Secrets secrets = this.vault.refresh(connection.id(), (current) -> {
			String expiresAt = current.get("accessTokenExpiresAt");
			if (current.get("accessToken") != null && expiresAt != null
					&& Instant.parse(expiresAt).minus(TOKEN_MARGIN).isAfter(this.clock.instant())) {
				return Optional.empty();
			}
			return Optional.of(exchange(connection, current));
		});
		return secrets.require("accessToken");
	}

	private Secrets exchange(ConnectionSpec connection, Secrets current) {
		String form = "grant_type=refresh_token&refresh_token=" + enc(current.require("refreshToken")) + "&client_id="
				+ enc(current.require("clientId")) + "&client_secret=" + enc(current.require("clientSecret"));
		Instant now = this.clock.instant();
		ProviderResponse response = this.http
			.client(Provider.AMAZON, connection.id(), connection.account() + ":lwa", () -> new AmazonRatePolicy(1, 5))
			.send(ProviderRequest.post(this.properties.tokenUrl(), Map.of("Accept", "application/json"),
					"application/x-www-form-urlencoded;charset=UTF-8", form, "lwaToken"));
		if (!response.successful()) {
			throw new ProviderCallException("auth_failed",
					"Login with Amazon refused the refresh token (" + response.status() + ")");
		}
		JsonNode body = this.json.readTree(response.body());
		Map<String, String> changes = new LinkedHashMap<>();
		changes.put("accessToken", body.path("access_token").asString());
		changes.put("accessTokenExpiresAt", now.plusSeconds(body.path("expires_in").asLong(3600)).toString());
		return current.with(changes);
	}

	private List<SentiaEvent> mapOrder(RawRecord record, MappingContext context) {
		JsonNode order = this.json.readTree(record.json());
		String orderId = order.path("orderId").asString();
		String marketplaceId = order.path("salesChannel").path("marketplaceId").asString("");
		String region = REGIONS.getOrDefault(marketplaceId, context.source().region());
		if (region == null) {
			throw new RecordRejectedException(
					"Amazon order " + orderId + " is in unknown marketplace " + marketplaceId);
		}
		String status = status(order.path("fulfillment").path("fulfillmentStatus").asString(""));
		JsonNode grandTotal = order.path("proceeds").path("grandTotal");
		String currency = grandTotal.path("currencyCode").asString(null);
		List<OrderLine> lines = new ArrayList<>();
		for (JsonNode item : order.path("orderItems")) {
			JsonNode product = item.path("product");
			JsonNode unit = product.path("price").path("unitPrice");
			if (currency == null) {
				currency = unit.path("currencyCode").asString(null);
			}
			int quantity = item.path("quantityOrdered").asInt();
			BigDecimal unitAmount = new BigDecimal(unit.path("amount").asString("0"));
			String sku = context.sku(product.path("sellerSku").asString(null),
					"asin:" + product.path("asin").asString());
			lines.add(new OrderLine(item.path("orderItemId").asString(), sku, quantity,
					new Money(unitAmount, unit.path("currencyCode").asString(currency)),
					new Money(unitAmount.multiply(BigDecimal.valueOf(quantity)),
							unit.path("currencyCode").asString(currency))));
		}
		if (currency == null) {
			throw new RecordRejectedException("Amazon order " + orderId + " has no currency (no proceeds or prices)");
		}
		BigDecimal total = "cancelled".equals(status) ? BigDecimal.ZERO.setScale(2, RoundingMode.UNNECESSARY)
				: new BigDecimal(grandTotal.path("amount").asString("0"));
		return List.of(new OrderUpserted(context.source().tenantId(), orderId, "amazon", "amazon", region,
				context.source().account(), status, Instant.parse(order.path("createdTime").asString()),
				Instant.parse(order.path("lastUpdatedTime").asString()), currency, lines, new Money(total, currency)));
	}

	/**
	 * SHIPPED is fulfilled, CANCELLED cancelled; pending, unshipped, partially shipped
	 * and unfulfillable orders are still open.
	 */
	static String status(String fulfillmentStatus) {
		return switch (fulfillmentStatus) {
			case "SHIPPED" -> "fulfilled";
			case "CANCELLED" -> "cancelled";
			default -> "open";
		};
	}

	private static String marketplace(ConnectionSpec connection) {
		String configured = connection.setting("marketplaceId", null);
		if (configured != null) {
			return configured;
		}
		String id = MARKETPLACES.get(connection.region());
		if (id == null) {
			throw new IllegalArgumentException(
					"Amazon connection region must be UK or US but was " + connection.region());
		}
		return id;
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
