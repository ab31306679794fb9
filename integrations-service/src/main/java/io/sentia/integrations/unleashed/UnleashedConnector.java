package io.sentia.integrations.unleashed;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.sentia.events.Money;
import io.sentia.events.ProductUpserted;
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

/**
 * Reads an Unleashed account. Built so far: the {@code products} stream. Every request is
 * signed over the exact query string sent.
 */
public class UnleashedConnector implements Connector {

	static final String PRODUCTS = "products";

	private static final Pattern MS_DATE = Pattern.compile("/Date\\((-?\\d+)([+-]\\d{4})?\\)/");

	private static final DateTimeFormatter MODIFIED_SINCE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
		.withZone(ZoneOffset.UTC);

	private final UnleashedProperties properties;

	private final ProviderHttp http;

	private final CredentialVault vault;

	private final JsonMapper json = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	public UnleashedConnector(UnleashedProperties properties, ProviderHttp http, CredentialVault vault) {
		this.properties = properties;
		this.http = http;
		this.vault = vault;
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
		return List
			.of(StreamDefinition.windowed(PRODUCTS, Duration.ofMinutes(5), Duration.ZERO, Duration.ofDays(3650)));
	}

	@Override
	public ConnectionCheck check(ConnectionSpec connection) {
		ProviderResponse response = call(connection, "Currencies", 1, "");
		return new ConnectionCheck(
				response.successful(), response.status(), response.successful()
						? "Unleashed accepted the API id and key" : "Unleashed answered " + response.status(),
				Map.of());
	}

	@Override
	public StreamReader reader(String stream) {
		if (!PRODUCTS.equals(stream)) {
			throw new IllegalArgumentException("Unleashed stream '" + stream + "' is not built; streams: products");
		}
		return this::readProducts;
	}

	@Override
	public RecordMapper mapper(String stream) {
		if (!PRODUCTS.equals(stream)) {
			throw new IllegalArgumentException("Unleashed stream '" + stream + "' is not built; streams: products");
		}
		return this::mapProduct;
	}

	private void readProducts(ReadRequest request, PageSink sink) {
		String query = "pageSize=" + this.properties.pageSize() + "&modifiedSince="
				+ URLEncoder.encode(MODIFIED_SINCE.format(request.from()), StandardCharsets.UTF_8);
		int page = 1;
		int pages;
		do {
			ProviderResponse response = call(request.connection(), "Products", page, query);
			if (!response.successful()) {
				throw new ProviderCallException("unleashed_http_" + response.status(),
						"Unleashed Products page " + page + " answered " + response.status());
			}
			JsonNode body = this.json.readTree(response.body());
			pages = body.path("Pagination").path("NumberOfPages").asInt(1);
			List<RawRecord> records = new ArrayList<>();
			for (JsonNode item : body.path("Items")) {
				records.add(new RawRecord(item.path("Guid").asString(), parseDate(item.path("LastModifiedOn")),
						item.toString()));
			}
			Long total = body.path("Pagination").has("NumberOfItems")
					? body.path("Pagination").path("NumberOfItems").asLong() : null;
			sink.page(records, new PageSink.Progress(total, null, null));
			page++;
		}
		while (page <= pages && !sink.cancelled());
	}

	private ProviderResponse call(ConnectionSpec connection, String resource, int page, String query) {
		Secrets secrets = this.vault.read(connection.id());
		URI uri = URI.create(this.properties.apiBaseUrl().toString().replaceAll("/$", "") + "/" + resource + "/" + page
				+ (query.isEmpty() ? "" : "?" + query));
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("api-auth-id", secrets.require("apiId"));
		headers.put("api-auth-signature", UnleashedSigner.sign(query, secrets.require("apiKey")));
		headers.put("Accept", "application/json");
		headers.put("Content-Type", "application/json");
		headers.put("client-type", this.properties.clientType());
		return this.http
			.client(Provider.UNLEASHED, connection.account(),
					() -> new UnleashedRatePolicy(this.properties.minInterval()))
			.send(ProviderRequest.get(uri, headers, resource));
	}

	private List<SentiaEvent> mapProduct(RawRecord record, MappingContext context) {
		JsonNode product = this.json.readTree(record.json());
		String code = product.path("ProductCode").asString("");
		String sku = context.sku(code, "product:" + product.path("Guid").asString());
		String name = product.path("ProductDescription").asString("");
		if (name.isBlank()) {
			name = sku;
		}
		String currency = "GBP";
		Money unitCost = money(firstDecimal(product, "AverageLandPrice", "DefaultPurchasePrice", "LastCost"), currency);
		Money price = money(firstDecimal(product, "DefaultSellPrice"), currency);
		Instant updatedAt = (record.updatedAt() != null) ? record.updatedAt() : parseDate(product.path("CreatedOn"));
		if (updatedAt == null) {
			throw new RecordRejectedException("Unleashed product " + code + " has no LastModifiedOn");
		}
		return List.of(new ProductUpserted(context.source().tenantId(), sku, name, "unleashed", unitCost, price, null,
				1, 1, null, List.of(), !product.path("Obsolete").asBoolean(false), updatedAt));
	}

	private static BigDecimal firstDecimal(JsonNode node, String... fields) {
		for (String field : fields) {
			JsonNode value = node.path(field);
			if (value.isNumber()) {
				return value.decimalValue();
			}
		}
		return null;
	}

	private static Money money(BigDecimal amount, String currency) {
		return (amount != null) ? new Money(amount, currency) : null;
	}

	/**
	 * Unleashed dates are either {@code /Date(ms)/} (UTC epoch millis) or an ISO local
	 * date-time in UTC.
	 */
	static Instant parseDate(JsonNode node) {
		if (node == null || !node.isString()) {
			return null;
		}
		String text = node.asString();
		Matcher matcher = MS_DATE.matcher(text);
		if (matcher.matches()) {
			return Instant.ofEpochMilli(Long.parseLong(matcher.group(1)));
		}
		return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
	}

}
