package io.sentia.testkit.probe;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One malformed request of the probe.
 *
 * @param operation the operation it targets, e.g. {@code POST /api/things/{id}}
 * @param method the HTTP method
 * @param target path and query exactly as sent, percent-encoding included (possibly
 * invalid on purpose), relative to the base URL
 * @param headers request headers besides {@code Authorization}
 * @param body the body bytes, or {@code null} for none
 * @param category the kind of malformed input
 * @param input what is malformed, for the report, e.g. {@code query limit=1e400}
 */
public record ProbeRequest(String operation, String method, String target, Map<String, String> headers,
		byte @Nullable [] body, InputCategory category, String input) {

	public ProbeRequest {
		headers = Map.copyOf(headers);
	}

	@Override
	public String toString() {
		return this.method + " " + this.target + " [" + this.category + ": " + this.input + "]";
	}

}
