package io.sentia.servicekit.testapp;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for the running test service, so tests see exactly what a caller
 * sees: status, content type and body.
 */
public final class Http {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final int port;

	private final String authorization;

	public Http(int port) {
		this(port, null);
	}

	private Http(int port, String authorization) {
		this.port = port;
		this.authorization = authorization;
	}

	/**
	 * Returns a client that sends {@code token} as its bearer token.
	 * @param token the serialised access token
	 * @return the client
	 */
	public Http withBearer(String token) {
		return new Http(this.port, "Bearer " + token);
	}

	/**
	 * Returns a client that sends HTTP basic credentials.
	 * @param username the user name
	 * @param password the password
	 * @return the client
	 */
	public Http withBasic(String username, String password) {
		String pair = username + ":" + password;
		return new Http(this.port,
				"Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
	}

	public HttpResponse<String> get(String path) {
		return send(request(path).GET().build());
	}

	public HttpResponse<String> get(String path, String accept) {
		return send(request(path).setHeader("Accept", accept).GET().build());
	}

	public HttpResponse<String> get(String path, String accept, Map<String, String> headers) {
		HttpRequest.Builder request = request(path).setHeader("Accept", accept);
		headers.forEach(request::setHeader);
		return send(request.GET().build());
	}

	public HttpResponse<String> post(String path, String jsonBody) {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(jsonBody))
			.build());
	}

	public static JsonNode json(HttpResponse<String> response) {
		return json.readTree(response.body());
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json");
		return (this.authorization != null) ? request.header("Authorization", this.authorization) : request;
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
