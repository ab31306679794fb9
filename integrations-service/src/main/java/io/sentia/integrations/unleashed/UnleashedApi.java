package io.sentia.integrations.unleashed;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

import io.sentia.integrations.connector.ConnectionSpec;
import io.sentia.integrations.connector.CredentialVault;
import io.sentia.integrations.connector.Provider;
import io.sentia.integrations.connector.ProviderCallException;
import io.sentia.integrations.connector.ProviderHttp;
import io.sentia.integrations.connector.ProviderRequest;
import io.sentia.integrations.connector.ProviderResponse;
import io.sentia.integrations.connector.Secrets;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signed calls to one Unleashed account, and reading a resource page by page (the page
 * number is part of the path) until {@code Pagination.NumberOfPages}.
 */
final class UnleashedApi {

	private final UnleashedProperties properties;

	private final ProviderHttp http;

	private final CredentialVault vault;

	private final JsonMapper json = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	UnleashedApi(UnleashedProperties properties, ProviderHttp http, CredentialVault vault) {
		this.properties = properties;
		this.http = http;
		this.vault = vault;
	}

	/**
	 * One GET of {@code /{resource}/{page}?{query}}, signed over exactly {@code query}.
	 * @param page the page number, or {@code null} for an unpaged resource
	 * @param query the encoded query string without {@code ?}; empty when none
	 */
	ProviderResponse call(ConnectionSpec connection, String resource, @Nullable Integer page, String query) {
		Secrets secrets = this.vault.read(connection.id());
		URI uri = URI.create(this.properties.apiBaseUrl().toString().replaceAll("/$", "") + "/" + resource
				+ ((page != null) ? "/" + page : "") + (query.isEmpty() ? "" : "?" + query));
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("api-auth-id", secrets.require("apiId"));
		headers.put("api-auth-signature", UnleashedSigner.sign(query, secrets.require("apiKey")));
		headers.put("Accept", "application/json");
		headers.put("Content-Type", "application/json");
		headers.put("client-type", this.properties.clientType());
		return this.http
			.client(Provider.UNLEASHED, connection.id(), connection.account(),
					() -> new UnleashedRatePolicy(this.properties.minInterval()))
			.send(ProviderRequest.get(uri, headers, resource));
	}

	/**
	 * Reads every page of a resource, handing each page's body to {@code pages}.
	 * @param pages receives each page; returns {@code false} to stop early (a cancelled
	 * run)
	 * @throws ProviderCallException when a page is not answered with 2xx
	 */
	void readPages(ConnectionSpec connection, String resource, String query, Predicate<JsonNode> pages) {
		int page = 1;
		int numberOfPages;
		do {
			ProviderResponse response = call(connection, resource, page, query);
			if (!response.successful()) {
				throw failure(resource + " page " + page, response);
			}
			JsonNode body = this.json.readTree(response.body());
			numberOfPages = body.path("Pagination").path("NumberOfPages").asInt(1);
			if (!pages.test(body)) {
				return;
			}
			page++;
		}
		while (page <= numberOfPages);
	}

	/** A refused call: 401/403 mean the API id or signature was refused. */
	static ProviderCallException failure(String what, ProviderResponse response) {
		return new ProviderCallException(
				(response.status() == 401 || response.status() == 403) ? "auth_failed"
						: "unleashed_http_" + response.status(),
				"Unleashed " + what + " answered " + response.status());
	}

	JsonNode parse(String json) {
		return this.json.readTree(json);
	}

}
