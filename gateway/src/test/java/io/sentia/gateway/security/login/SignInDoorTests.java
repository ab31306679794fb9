package io.sentia.gateway.security.login;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;

import io.sentia.gateway.security.login.StubAuthServer.Request;
import io.sentia.testkit.Infrastructure;
import io.sentia.testkit.security.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * auth-service published through the gateway: the issuer is the gateway's own URL, the
 * browser signs in there, partners fetch tokens there, and the gateway talks to
 * auth-service on its internal URL (the stub's). The gateway runs on a port chosen up
 * front, since the issuer must name it before start-up.
 */
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT,
		properties = { "eureka.client.enabled=false", "sentia.gateway.spa-url=http://localhost:5173/",
				// Per-address buckets of 127.0.0.1, also across runs against a
				// long-lived Redis; distinct sizes show which tier counted.
				"sentia.gateway.rate-limits.tiers.auth.requests=5000",
				"sentia.gateway.rate-limits.tiers.token.requests=4000", "spring.data.redis.timeout=3s",
				"sentia.gateway.rate-limits.redis-timeout=4s" })
class SignInDoorTests {

	private static final int PORT = freePort();

	private static final String PUBLIC_URL = "http://localhost:" + PORT;

	private static final String TENANT = UUID.randomUUID().toString();

	private static final StubAuthServer AUTH = new StubAuthServer(TENANT);

	private WebTestClient browser;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		AUTH.issuer(PUBLIC_URL);
		registry.add("server.port", () -> PORT);
		registry.add("spring.data.redis.host", () -> Infrastructure.redis().host());
		registry.add("spring.data.redis.port", () -> Infrastructure.redis().port());
		registry.add("sentia.security.issuer", () -> PUBLIC_URL);
		registry.add("sentia.security.internal-url", AUTH::url);
		registry.add("sentia.security.jwk-set-uri", TestTokens::jwkSetUri);
		registry.add("spring.cloud.discovery.client.simple.instances.auth-service[0].uri", AUTH::url);
	}

	@BeforeEach
	void connect() {
		this.browser = WebTestClient.bindToServer().baseUrl(PUBLIC_URL).responseTimeout(Duration.ofSeconds(10)).build();
	}

	@AfterAll
	static void stop() {
		AUTH.stop();
	}

	@Test
	void partnerGetsAClientCredentialsTokenThroughTheGatewayWithoutCsrf() {
		this.browser.post()
			.uri("/oauth2/token")
			.header(HttpHeaders.AUTHORIZATION, StubAuthServer.CLIENT)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue("grant_type=client_credentials&scope=analytics.read")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-RateLimit-Limit", "4000")
			.expectBody()
			.jsonPath("$.access_token")
			.isEqualTo(AUTH.issuedAccessTokens().getLast());

		assertThat(lastRequestTo("/oauth2/token").authorization()).as("the client authenticates itself at auth-service")
			.isEqualTo(StubAuthServer.CLIENT);
	}

	@Test
	void authServiceLearnsTheClientsAddressFromTheGatewayNotFromTheClient() {
		this.browser.post()
			.uri("/oauth2/token")
			.header(HttpHeaders.AUTHORIZATION, StubAuthServer.CLIENT)
			.header("X-Forwarded-For", "203.0.113.9")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue("grant_type=client_credentials&scope=analytics.read")
			.exchange()
			.expectStatus()
			.isOk();

		assertThat(lastRequestTo("/oauth2/token").forwardedFor())
			.as("the socket's address: the client chose 203.0.113.9 and no trusted proxy vouched for it")
			.isEqualTo("127.0.0.1");
	}

	@Test
	void signInFormPostReachesAuthServiceWithItsOwnCookieOnly() {
		this.browser.post()
			.uri("/login")
			.cookie("SENTIA_AUTH_SESSION", "auth-session")
			.cookie("SENTIA_SESSION", "gateway-session")
			.cookie("XSRF-TOKEN", "gateway-csrf")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue("email=ada%40example.com&password=secret&_csrf=auth-service-csrf")
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.valueEquals("X-RateLimit-Limit", "5000");

		Request login = lastRequestTo("/login");
		assertThat(login.method()).isEqualTo("POST");
		assertThat(login.cookie()).isEqualTo("SENTIA_AUTH_SESSION=auth-session");
		assertThat(login.body()).contains("_csrf=auth-service-csrf").contains("email=ada%40example.com");
		assertThat(login.authorization()).as("no token is relayed to the sign-in door").isNull();
		assertThat(login.host()).as("auth-service builds its redirects on the public host")
			.isEqualTo("localhost:" + PORT);
	}

	@Test
	void servesAuthServicesSignInPageNotAGeneratedOne() {
		this.browser.get()
			.uri("/login")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.values(HttpHeaders.SET_COOKIE,
					(cookies) -> assertThat(cookies)
						.contains("SENTIA_AUTH_SESSION=from-auth-service; Path=/; HttpOnly"))
			.expectBody(String.class)
			.isEqualTo("<form method=\"post\" action=\"/login\">auth-service sign-in</form>");
	}

	@Test
	void publishesTheProvidersMetadataAtThePublicUrl() {
		this.browser.get()
			.uri("/.well-known/openid-configuration")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.issuer")
			.isEqualTo(PUBLIC_URL);
	}

	@Test
	void loginStartsAtThePublicAuthorizeEndpointAndCompletesThroughTheGateway() {
		EntityExchangeResult<byte[]> start = this.browser.get()
			.uri("/oauth2/authorization/sentia")
			.exchange()
			.expectStatus()
			.isFound()
			.expectBody()
			.returnResult();
		URI authorize = start.getResponseHeaders().getLocation();
		assertThat(authorize.toString()).startsWith(PUBLIC_URL + "/oauth2/authorize?");
		String before = start.getResponseCookies().getFirst("SENTIA_SESSION").getValue();

		// The browser follows to the gateway, which passes the request on to
		// auth-service.
		URI callback = this.browser.get()
			.uri(authorize)
			.cookie("SENTIA_SESSION", before)
			.exchange()
			.expectStatus()
			.isFound()
			.expectBody()
			.returnResult()
			.getResponseHeaders()
			.getLocation();
		assertThat(lastRequestTo("/oauth2/authorize").cookie()).isNull();
		assertThat(callback.toString()).startsWith(PUBLIC_URL + "/login/oauth2/code/sentia?");

		EntityExchangeResult<byte[]> back = this.browser.get()
			.uri(callback)
			.cookie("SENTIA_SESSION", before)
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.location("http://localhost:5173/")
			.expectBody()
			.returnResult();
		ResponseCookie session = back.getResponseCookies().getFirst("SENTIA_SESSION");
		assertThat(session).isNotNull();
		// Code redeemed and user info read on the internal URL, by the gateway itself.
		assertThat(lastRequestTo("/oauth2/token").authorization()).isEqualTo(StubAuthServer.CLIENT);
		assertThat(lastRequestTo("/userinfo").authorization())
			.isEqualTo("Bearer " + AUTH.issuedAccessTokens().getLast());
	}

	private static Request lastRequestTo(String path) {
		return AUTH.requests()
			.stream()
			.filter((request) -> request.path().equals(path))
			.reduce((first, second) -> second)
			.orElseThrow(() -> new AssertionError("auth-service got no request to " + path));
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
