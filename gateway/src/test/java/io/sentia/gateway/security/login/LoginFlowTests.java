package io.sentia.gateway.security.login;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.sentia.gateway.StubBackend;
import io.sentia.gateway.StubBackend.Hit;
import io.sentia.testkit.Infrastructure;
import io.sentia.testkit.security.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The whole browser round trip against a stub auth-service ({@link StubAuthServer}):
 * login with PKCE, the session cookie, token relay to the services, CSRF, logout. Cookies
 * are carried by hand, as a browser's cookie jar would.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "eureka.client.enabled=false", "sentia.gateway.spa-url=http://localhost:5173/",
				// Login and token relay are tested here, not Redis timeouts.
				"spring.data.redis.timeout=3s", "sentia.gateway.rate-limits.redis-timeout=4s" })
class LoginFlowTests {

	private static final String TENANT = UUID.randomUUID().toString();

	private static final StubAuthServer AUTH = new StubAuthServer(TENANT);

	private static final StubBackend ANALYTICS = StubBackend.start("analytics-service");

	private static final StubBackend INTEGRATIONS = StubBackend.start("integrations-service");

	@LocalServerPort
	private int port;

	private WebTestClient browser;

	@Autowired
	private ReactiveStringRedisTemplate redis;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("spring.data.redis.host", () -> Infrastructure.redis().host());
		registry.add("spring.data.redis.port", () -> Infrastructure.redis().port());
		registry.add("sentia.security.issuer", AUTH::url);
		registry.add("sentia.security.internal-url", AUTH::url);
		registry.add("sentia.security.jwk-set-uri", TestTokens::jwkSetUri);
		registry.add("spring.cloud.discovery.client.simple.instances.auth-service[0].uri", AUTH::url);
		registry.add("spring.cloud.discovery.client.simple.instances.analytics-service[0].uri", ANALYTICS::url);
		registry.add("spring.cloud.discovery.client.simple.instances.integrations-service[0].uri", INTEGRATIONS::url);
		// The user's tenant gets its own API limit, which shows the limiter knows the
		// tenant.
		registry.add("sentia.gateway.rate-limits.tenants." + TENANT + ".api", () -> 500);
	}

	@BeforeEach
	void connect() {
		this.browser = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.responseTimeout(Duration.ofSeconds(10))
			.build();
		ANALYTICS.reset();
		INTEGRATIONS.reset();
		AUTH.accessTokenLifetime(300);
		AUTH.refuseRefresh(false);
	}

	@AfterAll
	static void stop() {
		AUTH.stop();
		ANALYTICS.stop();
		INTEGRATIONS.stop();
	}

	@Test
	void logsInRelaysTheTokenToServicesAndLogsOut() {
		String session = logIn();
		String accessToken = AUTH.issuedAccessTokens().getLast();

		this.browser.get()
			.uri("/api/me")
			.cookie("SENTIA_SESSION", session)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-RateLimit-Limit", "500")
			.expectBody()
			.jsonPath("$.tenantId")
			.isEqualTo(TENANT);
		assertThat(AUTH.meCalls()).last().isEqualTo("Bearer " + accessToken);

		String csrf = csrfToken(session);
		this.browser.post()
			.uri("/api/analytics/v1/exports")
			.cookie("SENTIA_SESSION", session)
			.cookie("XSRF-TOKEN", csrf)
			.header("X-XSRF-TOKEN", csrf)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"format\":\"csv\"}")
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(ANALYTICS.hits("/api/analytics/v1/exports")).singleElement().satisfies((Hit hit) -> {
			assertThat(hit.authorization()).isEqualTo("Bearer " + accessToken);
			assertThat(hit.cookie()).as("browser cookies stay at the edge").isNull();
		});

		EntityExchangeResult<byte[]> logout = this.browser.post()
			.uri("/logout")
			.cookie("SENTIA_SESSION", session)
			.cookie("XSRF-TOKEN", csrf)
			.header("X-XSRF-TOKEN", csrf)
			.exchange()
			.expectStatus()
			.isFound()
			.expectBody()
			.returnResult();
		URI endSession = logout.getResponseHeaders().getLocation();
		assertThat(endSession.toString()).startsWith(AUTH.url() + "/connect/logout?");
		Map<String, String> query = UriComponentsBuilder.fromUri(endSession)
			.build()
			.getQueryParams()
			.toSingleValueMap();
		assertThat(query).containsKey("id_token_hint")
			.containsEntry("post_logout_redirect_uri", "http://localhost:" + this.port + "/");

		this.browser.get().uri("/api/me").cookie("SENTIA_SESSION", session).exchange().expectStatus().isUnauthorized();
	}

	@Test
	void storesTheSignedInSessionInRedisAsJson() {
		String session = logIn();

		Map<String, String> stored = this.redis.<String, String>opsForHash()
			.entries("sentia:gateway:session:sessions:" + session)
			.collectMap(Map.Entry::getKey, Map.Entry::getValue)
			.block();
		assertThat(stored).containsKey("sessionAttr:SPRING_SECURITY_CONTEXT");
		stored.forEach((attribute, value) -> assertThatNoException().as(attribute)
			.isThrownBy(() -> JsonMapper.shared().readTree(value)));
		assertThat(stored.get("sessionAttr:SPRING_SECURITY_CONTEXT")).contains("\"tenant_id\":\"" + TENANT + "\"");

		// Read back from Redis: the session still carries the user and the tokens.
		this.browser.get()
			.uri("/api/me")
			.cookie("SENTIA_SESSION", session)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.tenantId")
			.isEqualTo(TENANT);
	}

	@Test
	void returnsToThePageOpenedWithoutASessionAfterSigningIn() {
		EntityExchangeResult<byte[]> page = this.browser.get()
			.uri("/cash/scenarios?week=3")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.location(LoginConfiguration.LOGIN_START)
			.expectBody()
			.returnResult();
		String session = page.getResponseCookies().getFirst("SENTIA_SESSION").getValue();

		EntityExchangeResult<byte[]> start = this.browser.get()
			.uri(LoginConfiguration.LOGIN_START)
			.cookie("SENTIA_SESSION", session)
			.exchange()
			.expectStatus()
			.isFound()
			.expectBody()
			.returnResult();
		ResponseCookie renewed = start.getResponseCookies().getFirst("SENTIA_SESSION");
		String loginSession = (renewed != null) ? renewed.getValue() : session;
		URI callback = WebTestClient.bindToServer()
			.build()
			.get()
			.uri(start.getResponseHeaders().getLocation())
			.exchange()
			.expectStatus()
			.isFound()
			.expectBody()
			.returnResult()
			.getResponseHeaders()
			.getLocation();

		URI back = this.browser.get()
			.uri(callback)
			.cookie("SENTIA_SESSION", loginSession)
			.exchange()
			.expectStatus()
			.isFound()
			.expectBody()
			.returnResult()
			.getResponseHeaders()
			.getLocation();

		assertThat(back.getPath()).isEqualTo("/cash/scenarios");
		assertThat(back.getQuery()).startsWith("week=3");
	}

	@Test
	void relaysTheSignedInUsersTokenOnTheXeroCallback() {
		String session = logIn();
		String accessToken = AUTH.issuedAccessTokens().getLast();

		this.browser.get()
			.uri("/oauth/xero/callback?code=c0de&state=st4te")
			.accept(MediaType.TEXT_HTML)
			.cookie("SENTIA_SESSION", session)
			.exchange()
			.expectStatus()
			.isOk();

		assertThat(INTEGRATIONS.hits("/oauth/xero/callback")).singleElement().satisfies((Hit hit) -> {
			assertThat(hit.authorization()).isEqualTo("Bearer " + accessToken);
			assertThat(hit.cookie()).isNull();
		});
	}

	@Test
	void letsTheXeroCallbackThroughWithoutASession() {
		this.browser.get()
			.uri("/oauth/xero/callback?code=c0de&state=st4te")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk();

		assertThat(INTEGRATIONS.hits("/oauth/xero/callback")).singleElement()
			.satisfies((Hit hit) -> assertThat(hit.authorization()).isNull());
	}

	@Test
	void refusesALoggedInPostWithoutCsrfToken() {
		String session = logIn();

		this.browser.post()
			.uri("/api/analytics/v1/exports")
			.cookie("SENTIA_SESSION", session)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);

		assertThat(ANALYTICS.hits()).isEmpty();
	}

	@Test
	void refreshesAnExpiringAccessTokenBeforeRelayingIt() {
		AUTH.accessTokenLifetime(30);
		String session = logIn();
		String fromLogin = AUTH.issuedAccessTokens().getLast();

		this.browser.get().uri("/api/me").cookie("SENTIA_SESSION", session).exchange().expectStatus().isOk();

		String refreshed = AUTH.issuedAccessTokens().getLast();
		assertThat(refreshed).isNotEqualTo(fromLogin);
		assertThat(AUTH.meCalls()).last().isEqualTo("Bearer " + refreshed);
	}

	@Test
	void asksToLogInAgainWhenAuthServiceRefusesTheRefresh() {
		AUTH.accessTokenLifetime(30);
		AUTH.refuseRefresh(true);
		String session = logIn();
		int meCalls = AUTH.meCalls().size();

		this.browser.get()
			.uri("/api/me")
			.cookie("SENTIA_SESSION", session)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("The session's login has expired; log in again at /oauth2/authorization/sentia");
		assertThat(AUTH.meCalls()).hasSize(meCalls);
	}

	/**
	 * Start, approve at auth-service, come back: returns the session cookie after login
	 * (a new id: the one from before login is never a logged-in session).
	 */
	private String logIn() {
		EntityExchangeResult<byte[]> start = this.browser.get()
			.uri("/oauth2/authorization/sentia")
			.exchange()
			.expectStatus()
			.isFound()
			.expectBody()
			.returnResult();
		String before = start.getResponseCookies().getFirst("SENTIA_SESSION").getValue();

		URI callback = WebTestClient.bindToServer()
			.build()
			.get()
			.uri(start.getResponseHeaders().getLocation())
			.exchange()
			.expectStatus()
			.isFound()
			.expectBody()
			.returnResult()
			.getResponseHeaders()
			.getLocation();
		assertThat(callback.toString()).startsWith("http://localhost:" + this.port + "/login/oauth2/code/sentia?");

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
		ResponseCookie after = back.getResponseCookies().getFirst("SENTIA_SESSION");
		assertThat(after).isNotNull();
		assertThat(after.getValue()).isNotEqualTo(before);
		assertThat(after.isHttpOnly()).isTrue();
		return after.getValue();
	}

	private String csrfToken(String session) {
		return this.browser.get()
			.uri("/health")
			.cookie("SENTIA_SESSION", session)
			.exchange()
			.expectBody()
			.returnResult()
			.getResponseCookies()
			.getFirst("XSRF-TOKEN")
			.getValue();
	}

}
