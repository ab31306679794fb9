package io.sentia.auth;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP client for tests: keeps cookies, follows redirects only within the
 * service (so the final redirect to the gateway's callback can be read), submits forms
 * with their CSRF token.
 */
public class Browser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final String base;

	private final HttpClient http;

	private final Map<String, String> headers;

	public Browser(String base) {
		this(base, Map.of());
	}

	/**
	 * A browser whose every request carries some headers, for example the
	 * {@code X-Forwarded-*} headers a proxy in front of the service adds.
	 * @param base the service's URL
	 * @param headers headers added to every request
	 */
	public Browser(String base, Map<String, String> headers) {
		this.base = base;
		this.headers = Map.copyOf(headers);
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	public String base() {
		return this.base;
	}

	/**
	 * GETs {@code pathOrUrl}, following redirects that stay on this service.
	 * @param pathOrUrl a path on the service or an absolute URL
	 * @return the last response (a page, or a redirect leaving the service)
	 */
	public HttpResponse<String> get(String pathOrUrl) {
		HttpResponse<String> response = send(
				HttpRequest.newBuilder(uri(pathOrUrl)).header("Accept", "text/html").GET());
		return follow(response);
	}

	/**
	 * Signs in through the form on the current sign-in page.
	 * @param email the email
	 * @param password the password
	 * @return the response after following redirects within the service
	 */
	public HttpResponse<String> signIn(String email, String password) {
		HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/login")).header("Accept", "text/html").GET());
		Matcher csrf = CSRF.matcher(page.body());
		if (!csrf.find()) {
			throw new IllegalStateException("No CSRF token on the sign-in page: " + page.body());
		}
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers
				.ofString(form(Map.of("email", email, "password", password, "_csrf", csrf.group(1))))));
		return follow(response);
	}

	/**
	 * POSTs a form to the token endpoint with HTTP Basic client authentication.
	 * @param clientId client id
	 * @param secret client secret
	 * @param parameters the form
	 * @return the response
	 */
	public HttpResponse<String> token(String clientId, String secret, Map<String, String> parameters) {
		String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(uri("/oauth2/token"))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form(parameters))));
	}

	/**
	 * Sends a request with a bearer token.
	 * @param method HTTP method
	 * @param path path on the service
	 * @param token the access token, or {@code null}
	 * @param jsonBody JSON body, or {@code null}
	 * @return the response
	 */
	public HttpResponse<String> api(String method, String path, String token, String jsonBody) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Accept", "application/json")
			.method(method, (jsonBody != null) ? HttpRequest.BodyPublishers.ofString(jsonBody)
					: HttpRequest.BodyPublishers.noBody());
		if (jsonBody != null) {
			request.header("Content-Type", "application/json");
		}
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return send(request);
	}

	public HttpResponse<String> send(HttpRequest.Builder request) {
		this.headers.forEach(request::header);
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private HttpResponse<String> follow(HttpResponse<String> response) {
		HttpResponse<String> current = response;
		for (int hops = 0; hops < 10 && current.statusCode() / 100 == 3; hops++) {
			URI next = current.uri().resolve(current.headers().firstValue("Location").orElseThrow());
			if (!next.toString().startsWith(this.base)) {
				return current;
			}
			current = send(HttpRequest.newBuilder(next).header("Accept", "text/html").GET());
		}
		return current;
	}

	private URI uri(String pathOrUrl) {
		return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : this.base + pathOrUrl);
	}

	public static String form(Map<String, String> parameters) {
		return new LinkedHashMap<>(parameters).entrySet()
			.stream()
			.map((entry) -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

}
