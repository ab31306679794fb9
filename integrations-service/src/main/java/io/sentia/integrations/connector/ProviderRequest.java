package io.sentia.integrations.connector;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One HTTP call to a provider.
 *
 * @param method HTTP method
 * @param uri full URI, query included
 * @param headers request headers (auth included; never logged)
 * @param body request body or {@code null}
 * @param operation short name for logs and metrics, e.g. {@code orders.search}
 */
public record ProviderRequest(String method, URI uri, Map<String, String> headers, byte[] body, String operation) {

	public ProviderRequest {
		headers = Map.copyOf(headers);
	}

	/** A GET without body. */
	public static ProviderRequest get(URI uri, Map<String, String> headers, String operation) {
		return new ProviderRequest("GET", uri, headers, null, operation);
	}

	/** A POST of a text body with the given content type. */
	public static ProviderRequest post(URI uri, Map<String, String> headers, String contentType, String body,
			String operation) {
		Map<String, String> all = new LinkedHashMap<>(headers);
		all.put("Content-Type", contentType);
		return new ProviderRequest("POST", uri, all, body.getBytes(StandardCharsets.UTF_8), operation);
	}

}
