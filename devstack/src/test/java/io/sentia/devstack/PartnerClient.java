package io.sentia.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A partner system: gets access tokens from the authorization server with the client
 * credentials grant and calls the public APIs through the gateway with them.
 */
final class PartnerClient {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private final String issuer;

	private final String clientId;

	private final String secret;

	PartnerClient(String issuer, String clientId, String secret) {
		this.issuer = issuer;
		this.clientId = clientId;
		this.secret = secret;
	}

	String clientId() {
		return this.clientId;
	}

	/** The raw answer of the token endpoint, for tests of refusals. */
	HttpResponse<String> requestToken(String scope) throws IOException, InterruptedException {
		String basic = Base64.getEncoder()
			.encodeToString((this.clientId + ":" + this.secret).getBytes(StandardCharsets.UTF_8));
		String form = "grant_type=client_credentials" + ((scope != null) ? "&scope=" + scope.replace(" ", "+") : "");
		return HTTP.send(HttpRequest.newBuilder(URI.create(this.issuer + "/oauth2/token"))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** An access token, or an assertion error saying what the token endpoint answered. */
	String accessToken() throws IOException, InterruptedException {
		HttpResponse<String> response = requestToken(null);
		if (response.statusCode() != 200) {
			throw new AssertionError(
					"token request of " + this.clientId + " failed: " + response.statusCode() + " " + response.body());
		}
		return JSON.readTree(response.body()).path("access_token").asString();
	}

	static HttpResponse<String> get(String url, String accessToken) throws IOException, InterruptedException {
		return HTTP.send(HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + accessToken)
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * A POST with a bearer token and a JSON body, or no body when {@code json} is null.
	 */
	static HttpResponse<String> post(String url, String accessToken, String json)
			throws IOException, InterruptedException {
		HttpRequest.BodyPublisher body = (json != null) ? HttpRequest.BodyPublishers.ofString(json)
				: HttpRequest.BodyPublishers.noBody();
		return HTTP.send(HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + accessToken)
			.header("Content-Type", "application/json")
			.POST(body)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The claims of a JWT, read without verifying it (the services verify). */
	static JsonNode claims(String jwt) {
		return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
	}

	/** The JOSE header of a JWT. */
	static JsonNode header(String jwt) {
		return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[0]));
	}

}
