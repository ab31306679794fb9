package io.sentia.auth.proxy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.sentia.auth.AuthApiTestSupport;
import io.sentia.auth.Browser;
import io.sentia.auth.GatewayLogin;
import io.sentia.servicekit.security.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind the gateway: a trusted proxy's {@code X-Forwarded-*} headers make redirects name
 * the public origin and make the forwarded client the address that audit and throttles
 * see; the same headers from an untrusted peer change nothing. The tests trust 127.0.0.1
 * and send as an untrusted peer from 127.0.0.2.
 */
class ForwardedHeadersTests extends AuthApiTestSupport {

	private static final Map<String, String> PUBLIC_ORIGIN = Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Host",
			"app.sentia.example", "X-Forwarded-Port", "443");

	/** Like devstack's gateway; plain HTTP, so the session cookie is not Secure-only. */
	private static final Map<String, String> PLAIN_HTTP_ORIGIN = Map.of("X-Forwarded-Proto", "http", "X-Forwarded-Host",
			"app.sentia.example", "X-Forwarded-Port", "8080");

	private static final String UNTRUSTED_PEER = "127.0.0.2";

	@Test
	void redirectsToTheSignInPageOfThePublicOriginThroughATrustedProxy() {
		Browser throughGateway = new Browser("http://localhost:" + this.port, PUBLIC_ORIGIN);

		HttpResponse<String> toLogin = throughGateway
			.get(GatewayLogin.authorizeUrl(throughGateway, GatewayLogin.challenge(GatewayLogin.randomVerifier())));

		assertThat(toLogin.statusCode()).isEqualTo(302);
		assertThat(toLogin.headers().firstValue("Location")).hasValue("https://app.sentia.example/login");
	}

	@Test
	void resumesTheAuthorizationRequestOnThePublicOriginAfterSignIn() {
		TestUser user = newUser(newTenant(), Role.VIEWER, "proxy passphrase 1");
		Browser throughGateway = new Browser("http://localhost:" + this.port, PLAIN_HTTP_ORIGIN);
		throughGateway
			.get(GatewayLogin.authorizeUrl(throughGateway, GatewayLogin.challenge(GatewayLogin.randomVerifier())));

		HttpResponse<String> signedIn = throughGateway.signIn(user.email(), "proxy passphrase 1");

		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow())
			.startsWith("http://app.sentia.example:8080/oauth2/authorize?");
	}

	@Test
	void namesTheConfiguredIssuerInDiscoveryWhateverHostTheRequestCameThrough() {
		Browser throughGateway = new Browser("http://localhost:" + this.port, PUBLIC_ORIGIN);

		JsonNode discovery = JSON.readTree(throughGateway.get("/.well-known/openid-configuration").body());

		String issuer = this.security.issuer().toString().replaceFirst("/+$", "");
		assertThat(discovery.get("issuer").asString()).isEqualTo(issuer);
		assertThat(discovery.get("token_endpoint").asString()).isEqualTo(issuer + "/oauth2/token");
		assertThat(discovery.get("jwks_uri").asString()).isEqualTo(issuer + "/oauth2/jwks");
	}

	@Test
	void ignoresForwardedHeadersFromAnUntrustedPeer() throws IOException {
		String authorize = GatewayLogin.authorizeUrl(browser(), GatewayLogin.challenge(GatewayLogin.randomVerifier()))
			.substring(("http://localhost:" + this.port).length());

		RawResponse response = fromUntrustedPeer("GET", authorize, "text/html", null);

		assertThat(response.status()).isEqualTo(302);
		assertThat(response.header("Location")).isEqualTo("http://localhost:" + this.port + "/login");
	}

	@Test
	void auditsTheForwardedClientOfATrustedProxyAndTheSocketAddressOfAnUntrustedPeer() throws IOException {
		UUID tenant = newTenant();
		TestUser viaGateway = newUser(tenant, Role.VIEWER);
		TestUser direct = newUser(tenant, Role.VIEWER);
		String forwardedFor = "203.0.113.77, 127.0.0.1";

		HttpResponse<String> trusted = send(java.net.http.HttpRequest.newBuilder(uri("/api/auth/v1/password-resets"))
			.header("Content-Type", "application/json")
			.header("X-Forwarded-For", forwardedFor)
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(json(Map.of("email", viaGateway.email()))))
			.build());
		RawResponse untrusted = fromUntrustedPeer("POST", "/api/auth/v1/password-resets", "application/json",
				json(Map.of("email", direct.email())));

		assertThat(trusted.statusCode()).isEqualTo(202);
		assertThat(untrusted.status()).isEqualTo(202);
		assertThat(resetRequestedFrom(viaGateway)).isEqualTo("203.0.113.77");
		assertThat(resetRequestedFrom(direct)).isEqualTo(UNTRUSTED_PEER);
	}

	@Test
	void countsFailedSignInsAgainstTheForwardedClientAddress() {
		String client = "198.51.100." + (int) (Math.random() * 200 + 1);
		Browser throughGateway = new Browser("http://localhost:" + this.port, Map.of("X-Forwarded-For", client));

		throughGateway.signIn("nobody-" + UUID.randomUUID() + "@example.test", "wrong");

		assertThat(this.jdbc.sql("SELECT count(*) FROM login_failure WHERE client_address = :address")
			.param("address", client)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	private String resetRequestedFrom(TestUser user) {
		return this.jdbc.sql("""
				SELECT client_address FROM audit_event WHERE action = 'password_reset.requested' AND target_id = :user
				""").param("user", user.id().toString()).query(String.class).single();
	}

	/**
	 * Sends one HTTP/1.1 request from 127.0.0.2 (not a trusted proxy), carrying the
	 * public-origin headers and an {@code X-Forwarded-For} as a client might forge them.
	 */
	private RawResponse fromUntrustedPeer(String method, String path, String accept, String body) throws IOException {
		byte[] content = (body != null) ? body.getBytes(StandardCharsets.UTF_8) : new byte[0];
		StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n").append("Host: localhost:")
			.append(this.port)
			.append("\r\n")
			.append("Accept: ")
			.append(accept)
			.append("\r\n")
			.append("X-Forwarded-For: 203.0.113.99\r\n")
			.append("Connection: close\r\n");
		PUBLIC_ORIGIN.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
		if (body != null) {
			request.append("Content-Type: application/json\r\nContent-Length: ").append(content.length).append("\r\n");
		}
		request.append("\r\n");
		try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), this.port,
				InetAddress.getByName(UNTRUSTED_PEER), 0)) {
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
			out.write(content);
			out.flush();
			InputStream in = socket.getInputStream();
			return new RawResponse(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
		}
	}

	private record RawResponse(String text) {

		int status() {
			return Integer.parseInt(this.text.substring(9, 12));
		}

		String header(String name) {
			Matcher header = Pattern.compile("(?im)^" + Pattern.quote(name) + ":\\s*(.*?)\\r?$").matcher(this.text);
			return header.find() ? header.group(1) : null;
		}

	}

}
