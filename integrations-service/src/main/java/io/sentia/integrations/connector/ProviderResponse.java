package io.sentia.integrations.connector;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A provider's answer. Header names are matched case-insensitively.
 *
 * @param status HTTP status
 * @param headers response headers
 * @param body response body bytes (empty when none)
 */
public record ProviderResponse(int status, Map<String, List<String>> headers, byte[] body) {

	public ProviderResponse {
		Map<String, List<String>> insensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		headers.forEach((name, values) -> insensitive.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
		headers = insensitive;
		body = (body != null) ? body : new byte[0];
	}

	/** The first value of the header, or {@code null}. */
	public String header(String name) {
		List<String> values = this.headers.get(name);
		return (values == null || values.isEmpty()) ? null : values.getFirst();
	}

	/** The body as UTF-8 text. */
	public String text() {
		return new String(this.body, StandardCharsets.UTF_8);
	}

	/** Whether the status is 2xx. */
	public boolean successful() {
		return this.status >= 200 && this.status < 300;
	}

}
