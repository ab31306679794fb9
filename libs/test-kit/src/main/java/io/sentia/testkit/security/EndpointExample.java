package io.sentia.testkit.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;

/**
 * One request a service's endpoint answers with success for a caller allowed to make it,
 * for {@link EndpointSecurityMatrix}: addressing the data of the matrix's tenant, with a
 * valid body if it takes one.
 */
public final class EndpointExample {

	/** What another tenant's caller must get. */
	enum OtherTenant {

		/** The example addresses one object of the tenant: another tenant gets 404. */
		NOT_FOUND,

		/**
		 * The example reads or writes the caller's own collection: another tenant gets
		 * success, without a trace of the tenant's data.
		 */
		OWN_DATA_ONLY

	}

	private final HttpMethod method;

	private final String uri;

	private final @Nullable String jsonBody;

	private final Map<String, String> headers;

	private final OtherTenant otherTenant;

	private final @Nullable Integer successStatus;

	private final List<String> markers;

	private EndpointExample(HttpMethod method, String uri, @Nullable String jsonBody, Map<String, String> headers,
			OtherTenant otherTenant, @Nullable Integer successStatus, List<String> markers) {
		this.method = Objects.requireNonNull(method, "method");
		this.uri = Objects.requireNonNull(uri, "uri");
		this.jsonBody = jsonBody;
		this.headers = Map.copyOf(headers);
		this.otherTenant = otherTenant;
		this.successStatus = successStatus;
		this.markers = List.copyOf(markers);
	}

	/**
	 * An example request.
	 * @param method the HTTP method
	 * @param uri path and query, e.g. {@code /api/analytics/v1/revenue?from=2026-01-01}
	 * @param jsonBody the JSON body, or {@code null} for none
	 * @return the example
	 */
	public static EndpointExample request(HttpMethod method, String uri, @Nullable String jsonBody) {
		return new EndpointExample(method, uri, jsonBody, Map.of(), OtherTenant.OWN_DATA_ONLY, null, List.of());
	}

	public static EndpointExample get(String uri) {
		return request(HttpMethod.GET, uri, null);
	}

	public static EndpointExample delete(String uri) {
		return request(HttpMethod.DELETE, uri, null);
	}

	public static EndpointExample post(String uri, String jsonBody) {
		return request(HttpMethod.POST, uri, jsonBody);
	}

	public static EndpointExample put(String uri, String jsonBody) {
		return request(HttpMethod.PUT, uri, jsonBody);
	}

	public static EndpointExample patch(String uri, String jsonBody) {
		return request(HttpMethod.PATCH, uri, jsonBody);
	}

	/**
	 * Declares that the example addresses one object of the tenant (an id in the path),
	 * so another tenant's caller must get 404. Without it, the example is taken to act on
	 * the caller's own data: another tenant's caller gets success and none of the
	 * tenant's markers.
	 * @return the changed example
	 */
	public EndpointExample addressesObject() {
		return new EndpointExample(this.method, this.uri, this.jsonBody, this.headers, OtherTenant.NOT_FOUND,
				this.successStatus, this.markers);
	}

	/**
	 * Expects exactly this status for allowed callers instead of any 2xx.
	 * @param status e.g. 202
	 * @return the changed example
	 */
	public EndpointExample expecting(int status) {
		if (status < 200 || status > 299) {
			throw new IllegalArgumentException("An allowed caller's status must be 2xx, not " + status);
		}
		return new EndpointExample(this.method, this.uri, this.jsonBody, this.headers, this.otherTenant, status,
				this.markers);
	}

	/**
	 * Adds a request header.
	 * @param name the header
	 * @param value its value
	 * @return the changed example
	 */
	public EndpointExample header(String name, String value) {
		Map<String, String> headers = new LinkedHashMap<>(this.headers);
		headers.put(name, value);
		return new EndpointExample(this.method, this.uri, this.jsonBody, headers, this.otherTenant, this.successStatus,
				this.markers);
	}

	/**
	 * Names strings this example's answer contains for the matrix's tenant (e.g. an
	 * amount only its seeded data adds up to) and must not contain for another tenant;
	 * the matrix checks both, so a marker that proves nothing fails.
	 * @param markers the strings
	 * @return the changed example
	 */
	public EndpointExample withTenantMarkers(String... markers) {
		return new EndpointExample(this.method, this.uri, this.jsonBody, this.headers, this.otherTenant,
				this.successStatus, List.of(markers));
	}

	HttpMethod method() {
		return this.method;
	}

	String uri() {
		return this.uri;
	}

	@Nullable String jsonBody() {
		return this.jsonBody;
	}

	Map<String, String> headers() {
		return this.headers;
	}

	OtherTenant otherTenant() {
		return this.otherTenant;
	}

	List<String> markers() {
		return this.markers;
	}

	boolean isSuccess(int status) {
		return (this.successStatus != null) ? status == this.successStatus : status >= 200 && status <= 299;
	}

	String successDescription() {
		return (this.successStatus != null) ? String.valueOf(this.successStatus) : "2xx";
	}

	@Override
	public String toString() {
		return this.method + " " + this.uri;
	}

}
