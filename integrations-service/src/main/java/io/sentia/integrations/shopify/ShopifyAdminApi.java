package io.sentia.integrations.shopify;

import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.sentia.integrations.connector.ConnectionSpec;
import io.sentia.integrations.connector.CredentialVault;
import io.sentia.integrations.connector.Provider;
import io.sentia.integrations.connector.ProviderCallException;
import io.sentia.integrations.connector.ProviderHttp;
import io.sentia.integrations.connector.ProviderRequest;
import io.sentia.integrations.connector.ProviderResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * GraphQL Admin API calls for one connection: the shop's URL and API version, the
 * {@code X-Shopify-Access-Token} header, the shop's cost bucket fed from every answer,
 * and a THROTTLED answer (HTTP 200) retried after the bucket has refilled.
 */
public class ShopifyAdminApi {

	/** Money and quantities stay exact: JSON numbers are read as BigDecimal. */
	static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private final ProviderHttp http;

	private final CredentialVault vault;

	private final ShopifyProperties properties;

	private final Clock clock;

	private final Map<String, ShopifyRatePolicy> policies = new ConcurrentHashMap<>();

	public ShopifyAdminApi(ProviderHttp http, CredentialVault vault, ShopifyProperties properties, Clock clock) {
		this.http = http;
		this.vault = vault;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Runs a query and returns its {@code data}.
	 * @throws ProviderCallException {@code auth_failed} for a refused token,
	 * {@code rate_limited} when still throttled after the configured retries,
	 * {@code bad_response} for other errors
	 */
	public JsonNode query(ConnectionSpec connection, String operation, String query, Map<String, Object> variables) {
		ShopifyRatePolicy policy = this.policies.computeIfAbsent(connection.account(),
				(shop) -> new ShopifyRatePolicy());
		ProviderHttp.ProviderClient client = this.http.client(Provider.SHOPIFY, connection.id(), connection.account(),
				() -> policy);
		ProviderRequest request = ProviderRequest.post(graphqlUri(connection), headers(connection), "application/json",
				body(query, variables), "shopify." + operation);
		int throttled = 0;
		while (true) {
			JsonNode answer = answer(client.send(request), operation);
			observeCost(policy, answer);
			JsonNode errors = answer.path("errors");
			if (isThrottled(errors)) {
				throttled++;
				if (throttled > this.properties.maxThrottledRetries()) {
					throw new ProviderCallException("rate_limited", "shopify " + operation + " still THROTTLED after "
							+ this.properties.maxThrottledRetries() + " retries");
				}
				// The policy now knows the bucket is short; the next send waits for it.
				continue;
			}
			if (errors.isArray() && !errors.isEmpty()) {
				throw new ProviderCallException("bad_response",
						"shopify " + operation + " answered errors: " + messages(errors));
			}
			return answer.path("data");
		}
	}

	/** The policy of a shop, once it was called; for tests and metrics. */
	ShopifyRatePolicy policy(String shop) {
		return this.policies.get(shop);
	}

	URI graphqlUri(ConnectionSpec connection) {
		String version = connection.setting("apiVersion", this.properties.apiVersion());
		if (!version.matches("\\d{4}-\\d{2}")) {
			throw new ProviderCallException("bad_settings", "setting apiVersion must look like 2026-07");
		}
		String shop = connection.account();
		if (!shop.matches("[a-z0-9][a-z0-9-]*\\.myshopify\\.com")) {
			throw new ProviderCallException("bad_settings",
					"shop must be a myshopify.com domain such as example.myshopify.com, not '" + shop + "'");
		}
		return URI.create(this.properties.baseUrlTemplate().replace("{shop}", shop).replace("{version}", version)
				+ "/graphql.json");
	}

	private Map<String, String> headers(ConnectionSpec connection) {
		String token = this.vault.read(connection.id()).get("accessToken");
		if (token == null || token.isEmpty()) {
			throw new ProviderCallException("auth_failed",
					"the connection has no accessToken; store the shop's Admin API access token");
		}
		return Map.of("X-Shopify-Access-Token", token, "Accept", "application/json");
	}

	private static String body(String query, Map<String, Object> variables) {
		ObjectNode body = JSON.createObjectNode();
		body.put("query", query);
		body.set("variables", JSON.valueToTree(variables));
		return JSON.writeValueAsString(body);
	}

	private static JsonNode answer(ProviderResponse response, String operation) {
		if (response.status() == 401 || response.status() == 403) {
			throw new ProviderCallException("auth_failed", "shopify refused the access token (" + response.status()
					+ ") for " + operation + "; check the token and the app's scopes");
		}
		if (!response.successful()) {
			throw new ProviderCallException("bad_response", "shopify " + operation + " answered " + response.status());
		}
		try {
			return JSON.readTree(response.body());
		}
		catch (JacksonException ex) {
			throw new ProviderCallException("bad_response", "shopify " + operation + " answered non-JSON", ex);
		}
	}

	private void observeCost(ShopifyRatePolicy policy, JsonNode answer) {
		JsonNode cost = answer.path("extensions").path("cost");
		JsonNode status = cost.path("throttleStatus");
		if (status.isObject()) {
			policy.observeCost(cost.path("requestedQueryCost").asDouble(), status.path("currentlyAvailable").asDouble(),
					status.path("maximumAvailable").asDouble(), status.path("restoreRate").asDouble(),
					this.clock.instant());
		}
	}

	private static boolean isThrottled(JsonNode errors) {
		for (JsonNode error : errors) {
			if ("THROTTLED".equals(error.path("extensions").path("code").asString(""))) {
				return true;
			}
		}
		return false;
	}

	private static String messages(JsonNode errors) {
		StringBuilder text = new StringBuilder();
		for (JsonNode error : errors) {
			if (!text.isEmpty()) {
				text.append("; ");
			}
			text.append(error.path("message").asString("?"));
		}
		return text.toString();
	}

}
