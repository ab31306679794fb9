package io.sentia.gateway.security.login;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.sentia.testkit.security.TestTokens;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Just enough of auth-service for one login: the authorize endpoint approves at once (the
 * user "logged in"), the token endpoint checks the client secret and PKCE and issues
 * tokens signed by the test kit's key with this server as issuer, {@code /connect/logout}
 * and {@code /api/auth/v1/me} record their calls.
 */
final class StubAuthServer {

	static final String CLIENT = "Basic " + Base64.getEncoder()
		.encodeToString("sentia-gateway:sentia-gateway-dev-secret".getBytes(StandardCharsets.UTF_8));

	private final String tenantId;

	private final String userId = UUID.randomUUID().toString();

	private final Map<String, MultiValueMap<String, String>> authorizations = new ConcurrentHashMap<>();

	private final List<String> issuedAccessTokens = new CopyOnWriteArrayList<>();

	private final List<String> meCalls = new CopyOnWriteArrayList<>();

	private final List<URI> logouts = new CopyOnWriteArrayList<>();

	private final List<String> issuedRefreshTokens = new CopyOnWriteArrayList<>();

	private volatile int accessTokenLifetimeSeconds = 300;

	private volatile boolean refusingRefresh;

	private volatile String issuer;

	private final List<Request> requests = new CopyOnWriteArrayList<>();

	private final DisposableServer server;

	StubAuthServer(String tenantId) {
		this.tenantId = tenantId;
		this.server = HttpServer.create().host("localhost").port(0).handle(this::handle).bindNow();
		this.issuer = url();
	}

	/**
	 * The {@code iss} of the tokens from now on: by default this server's URL, the
	 * gateway's public URL when auth-service is published through it.
	 */
	void issuer(String issuer) {
		this.issuer = issuer;
	}

	/** Every request this server got, as it arrived. */
	List<Request> requests() {
		return List.copyOf(this.requests);
	}

	String url() {
		return "http://localhost:" + this.server.port();
	}

	/** Access tokens from now on live this long (the gateway refreshes 60 s early). */
	void accessTokenLifetime(int seconds) {
		this.accessTokenLifetimeSeconds = seconds;
	}

	/** Refuse refresh tokens from now on, as for a revoked token family. */
	void refuseRefresh(boolean refuse) {
		this.refusingRefresh = refuse;
	}

	List<String> issuedAccessTokens() {
		return this.issuedAccessTokens;
	}

	/** The Authorization headers {@code /api/auth/v1/me} was called with. */
	List<String> meCalls() {
		return this.meCalls;
	}

	List<URI> logouts() {
		return this.logouts;
	}

	void stop() {
		this.server.disposeNow();
	}

	private Mono<Void> handle(HttpServerRequest request, HttpServerResponse response) {
		return request.receive().aggregate().asString(StandardCharsets.UTF_8).defaultIfEmpty("").flatMap((body) -> {
			this.requests.add(new Request(request.method().name(), URI.create(request.uri()).getPath(), body,
					request.requestHeaders().get("Authorization"), request.requestHeaders().get("Cookie"),
					request.requestHeaders().get("Host"), request.requestHeaders().get("X-Forwarded-For")));
			return handle(request, body, response);
		});
	}

	private Mono<Void> handle(HttpServerRequest request, String body, HttpServerResponse response) {
		URI uri = URI.create(request.uri());
		MultiValueMap<String, String> query = UriComponentsBuilder.fromUri(uri).build(true).getQueryParams();
		return switch (uri.getPath()) {
			case "/oauth2/authorize" -> authorize(query, response);
			case "/oauth2/token" -> token(request.requestHeaders().get("Authorization"), body, response);
			case "/userinfo" -> json(response, 200, "{\"sub\":\"" + this.userId + "\",\"email\":\"user@example.com\"}");
			case "/login" -> "POST".equals(request.method().name())
					? response.status(302).header("Location", "/oauth2/authorize?continue").send()
					: response.status(200)
						.header("Content-Type", "text/html")
						.header("Set-Cookie", "SENTIA_AUTH_SESSION=from-auth-service; Path=/; HttpOnly")
						.sendString(Mono.just("<form method=\"post\" action=\"/login\">auth-service sign-in</form>"))
						.then();
			case "/.well-known/openid-configuration" -> json(response, 200, "{\"issuer\":\"" + this.issuer + "\"}");
			case "/connect/logout" -> {
				this.logouts.add(uri);
				yield response.status(200).sendString(Mono.just("logged out")).then();
			}
			case "/api/auth/v1/me" -> {
				this.meCalls.add(request.requestHeaders().get("Authorization"));
				yield json(response, 200, "{\"userId\":\"" + this.userId + "\",\"tenantId\":\"" + this.tenantId
						+ "\",\"roles\":[\"MANAGER\"]}");
			}
			default -> response.status(404).send();
		};
	}

	private Mono<Void> authorize(MultiValueMap<String, String> query, HttpServerResponse response) {
		String code = UUID.randomUUID().toString();
		this.authorizations.put(code, query);
		String redirect = decode(query.getFirst("redirect_uri")) + "?code=" + code + "&state="
				+ query.getFirst("state");
		return response.status(302).header("Location", redirect).send();
	}

	private Mono<Void> token(String clientAuthentication, String body, HttpServerResponse response) {
		MultiValueMap<String, String> form = UriComponentsBuilder.fromUriString("/?" + body)
			.build(true)
			.getQueryParams();
		if (CLIENT.equals(clientAuthentication) && "refresh_token".equals(form.getFirst("grant_type"))) {
			return refresh(decode(form.getFirst("refresh_token")), response);
		}
		if (CLIENT.equals(clientAuthentication) && "client_credentials".equals(form.getFirst("grant_type"))) {
			return json(response, 200, "{\"access_token\":\"" + accessToken()
					+ "\",\"token_type\":\"Bearer\",\"expires_in\":" + this.accessTokenLifetimeSeconds + "}");
		}
		MultiValueMap<String, String> authorization = this.authorizations.remove(form.getFirst("code"));
		if (!CLIENT.equals(clientAuthentication) || authorization == null
				|| !"authorization_code".equals(form.getFirst("grant_type"))) {
			return json(response, 400, "{\"error\":\"invalid_grant\"}");
		}
		String challenge = s256(decode(form.getFirst("code_verifier")));
		if (!challenge.equals(authorization.getFirst("code_challenge"))) {
			return json(response, 400, "{\"error\":\"invalid_grant\",\"error_description\":\"PKCE\"}");
		}
		String accessToken = accessToken();
		String idToken = TestTokens.userClaims(this.tenantId, "MANAGER")
			.issuer(this.issuer)
			.subject(this.userId)
			.audience("sentia-gateway")
			.claim("azp", "sentia-gateway")
			.claim("nonce", decode(authorization.getFirst("nonce")))
			.sign();
		return json(response, 200, tokenResponse(accessToken, ",\"id_token\":\"" + idToken + "\""));
	}

	private Mono<Void> refresh(String refreshToken, HttpServerResponse response) {
		if (this.refusingRefresh || !this.issuedRefreshTokens.remove(refreshToken)) {
			return json(response, 400, "{\"error\":\"invalid_grant\"}");
		}
		return json(response, 200, tokenResponse(accessToken(), ""));
	}

	private String accessToken() {
		String accessToken = TestTokens.userClaims(this.tenantId, "MANAGER")
			.issuer(this.issuer)
			.subject(this.userId)
			.expiresAt(java.time.Instant.now().plusSeconds(this.accessTokenLifetimeSeconds))
			.sign();
		this.issuedAccessTokens.add(accessToken);
		return accessToken;
	}

	/** A token response with a new (rotated) refresh token. */
	private String tokenResponse(String accessToken, String more) {
		String refreshToken = UUID.randomUUID().toString();
		this.issuedRefreshTokens.add(refreshToken);
		return "{\"access_token\":\"" + accessToken + "\",\"token_type\":\"Bearer\",\"expires_in\":"
				+ this.accessTokenLifetimeSeconds + ",\"refresh_token\":\"" + refreshToken
				+ "\",\"scope\":\"openid profile email\"" + more + "}";
	}

	/** One request as it reached auth-service. */
	record Request(String method, String path, String body, String authorization, String cookie, String host,
			String forwardedFor) {
	}

	private static Mono<Void> json(HttpServerResponse response, int status, String body) {
		return response.status(status).header("Content-Type", "application/json").sendString(Mono.just(body)).then();
	}

	private static String decode(String value) {
		return (value != null) ? java.net.URLDecoder.decode(value, StandardCharsets.UTF_8) : null;
	}

	private static String s256(String verifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
