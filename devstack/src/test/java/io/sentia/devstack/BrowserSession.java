package io.sentia.devstack;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser as the gateway sees one: a cookie jar, redirects followed hop by hop, the
 * login form filled in and the CSRF cookie echoed as a header. It never sees a token,
 * which is the point of the gateway being the SPA's backend.
 */
final class BrowserSession {

	private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]*)\"",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern HIDDEN_INPUT = Pattern
		.compile("<input[^>]*type=\"hidden\"[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

	private static final Pattern USERNAME_INPUT = Pattern
		.compile("<input[^>]*name=\"([^\"]+)\"[^>]*autocomplete=\"username\"", Pattern.CASE_INSENSITIVE);

	private static final int MAX_REDIRECTS = 12;

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient http;

	private final String gateway;

	/** Every URL visited by the last navigation, for assertions and failure messages. */
	private final List<String> lastHops = new ArrayList<>();

	BrowserSession(String gateway) {
		this(gateway, null);
	}

	/**
	 * A browser on another machine, as the gateway sees it: its connections come from the
	 * given local address (any of 127.0.0.0/8 on Linux).
	 */
	BrowserSession(String gateway, InetAddress from) {
		this.gateway = gateway;
		HttpClient.Builder builder = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5));
		if (from != null) {
			builder.localAddress(from);
		}
		this.http = builder.build();
	}

	/**
	 * Logs in through the gateway: start at the gateway's login entry, follow the
	 * redirects to the authorization server's form, submit it and follow the redirects
	 * back to the gateway.
	 * @return the last response of the navigation (the page the gateway lands on)
	 */
	HttpResponse<String> logIn(String email, String password) throws IOException, InterruptedException {
		HttpResponse<String> landed = attemptLogIn(email, password);
		// A busy session store answers 503 with Retry-After ("try again shortly"),
		// before the form or on the way back: a person signs in again, and so does this
		// browser, a few times.
		for (int attempt = 1; attempt < 5 && landed.statusCode() == 503; attempt++) {
			Thread.sleep(1000L * Math.min(5, landed.headers().firstValueAsLong("Retry-After").orElse(1)));
			landed = attemptLogIn(email, password);
		}
		return landed;
	}

	private HttpResponse<String> attemptLogIn(String email, String password) throws IOException, InterruptedException {
		HttpResponse<String> form = navigate(get(URI.create(this.gateway + "/oauth2/authorization/sentia")));
		if (form.statusCode() == 503) {
			return form;
		}
		if (form.statusCode() != 200 || !form.body().contains("password")) {
			throw new IllegalStateException("Expected the login form, got " + form.statusCode() + " after "
					+ this.lastHops + ": " + abbreviate(form.body()));
		}
		Map<String, String> fields = new LinkedHashMap<>(hiddenInputs(form.body()));
		fields.put(usernameField(form.body()), email);
		fields.put("password", password);
		URI action = form.uri().resolve(formAction(form.body()).orElse(form.uri().getPath()));
		HttpRequest submit = HttpRequest.newBuilder(action)
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(formEncode(fields)))
			.build();
		return navigate(submit);
	}

	/** Logs out with the CSRF header, following the redirects of the logout. */
	HttpResponse<String> logOut() throws IOException, InterruptedException {
		return navigate(withCsrf(HttpRequest.newBuilder(URI.create(this.gateway + "/logout")))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build());
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(this.gateway + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A JSON request with the CSRF header, as the SPA sends it. */
	HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
		HttpRequest.BodyPublisher body = (json != null) ? HttpRequest.BodyPublishers.ofString(json)
				: HttpRequest.BodyPublishers.noBody();
		return this.http
			.send(withCsrf(HttpRequest.newBuilder(URI.create(this.gateway + path))).timeout(Duration.ofSeconds(30))
				.header("Content-Type", "application/json")
				.header("Accept", "application/json")
				.method(method, body)
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	Optional<String> cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst();
	}

	List<String> lastHops() {
		return List.copyOf(this.lastHops);
	}

	private HttpRequest.Builder withCsrf(HttpRequest.Builder request) throws IOException, InterruptedException {
		if (cookie("XSRF-TOKEN").isEmpty()) {
			// The gateway hands out the CSRF cookie on any response; fetch one as the SPA
			// does when it boots.
			get("/api/me");
		}
		String token = cookie("XSRF-TOKEN")
			.orElseThrow(() -> new IllegalStateException("The gateway set no XSRF-TOKEN cookie"));
		return request.header("X-XSRF-TOKEN", token);
	}

	private HttpResponse<String> navigate(HttpRequest first) throws IOException, InterruptedException {
		this.lastHops.clear();
		HttpRequest request = first;
		for (int hop = 0; hop < MAX_REDIRECTS; hop++) {
			this.lastHops.add(request.method() + " " + request.uri());
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			Optional<String> location = response.headers().firstValue("Location");
			if (response.statusCode() / 100 != 3 || location.isEmpty()) {
				return response;
			}
			request = get(response.uri().resolve(location.get()));
		}
		throw new IllegalStateException("More than " + MAX_REDIRECTS + " redirects: " + this.lastHops);
	}

	private static HttpRequest get(URI uri) {
		return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Accept", "text/html").GET().build();
	}

	private static Optional<String> formAction(String html) {
		Matcher matcher = FORM_ACTION.matcher(html);
		return matcher.find() ? Optional.of(matcher.group(1).replace("&amp;", "&")) : Optional.empty();
	}

	/**
	 * The field the browser would fill with the saved login (autocomplete="username").
	 */
	private static String usernameField(String html) {
		Matcher matcher = USERNAME_INPUT.matcher(html);
		return matcher.find() ? matcher.group(1) : "username";
	}

	private static Map<String, String> hiddenInputs(String html) {
		Map<String, String> inputs = new LinkedHashMap<>();
		Matcher matcher = HIDDEN_INPUT.matcher(html);
		while (matcher.find()) {
			inputs.put(matcher.group(1), matcher.group(2));
		}
		return inputs;
	}

	private static String formEncode(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private static String abbreviate(String body) {
		return (body.length() > 400) ? body.substring(0, 400) + "…" : body;
	}

}
