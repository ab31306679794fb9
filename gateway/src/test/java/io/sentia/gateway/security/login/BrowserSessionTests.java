package io.sentia.gateway.security.login;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.sentia.gateway.StubbedPlatform;
import io.sentia.testkit.security.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser without a login: what it may call, how login starts, and CSRF. The whole
 * login round trip is in {@link LoginFlowTests}.
 */
class BrowserSessionTests extends StubbedPlatform {

	@Test
	void answersAnApiCallWithoutLoginWithAProblemNotARedirect() {
		this.anonymous.get()
			.uri("/api/analytics/v1/kpis")
			.header(HttpHeaders.ACCEPT, "application/json")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("Log in first: GET /oauth2/authorization/sentia starts the login");

		assertThat(service("analytics-service").hits()).isEmpty();
	}

	@Test
	void answersEvenAPageNavigationToTheApiWithAProblem() {
		this.anonymous.get()
			.uri("/api/me")
			.header(HttpHeaders.ACCEPT, "text/html")
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void startsLoginAtAuthServiceWithPkceAndASessionCookie() {
		EntityExchangeResult<byte[]> result = this.anonymous.get()
			.uri(LoginConfiguration.LOGIN_START)
			.exchange()
			.expectStatus()
			.isFound()
			.expectBody()
			.returnResult();

		URI location = result.getResponseHeaders().getLocation();
		assertThat(location.toString()).startsWith(TestTokens.issuer() + "/oauth2/authorize?");
		Map<String, List<String>> query = UriComponentsBuilder.fromUri(location).build().getQueryParams();
		assertThat(query.get("response_type")).containsExactly("code");
		assertThat(query.get("client_id")).containsExactly("sentia-gateway");
		assertThat(query.get("redirect_uri")).containsExactly(gatewayUrl() + "/login/oauth2/code/sentia");
		assertThat(query.get("scope")).containsExactly("openid%20profile%20email");
		assertThat(query.get("code_challenge_method")).containsExactly("S256");
		assertThat(query).containsKeys("state", "nonce", "code_challenge");
		ResponseCookie session = result.getResponseCookies().getFirst("SENTIA_SESSION");
		assertThat(session).isNotNull();
		assertThat(session.isHttpOnly()).isTrue();
		assertThat(session.getSameSite()).isEqualTo("Lax");
		assertThat(session.getPath()).isEqualTo("/");
	}

	@Test
	void refusesAStateChangingSessionRequestWithoutCsrfToken() {
		String session = sessionCookie();

		this.anonymous.post()
			.uri("/api/analytics/v1/exports")
			.cookie("SENTIA_SESSION", session)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail")
			.value((String detail) -> assertThat(detail).startsWith("Missing or wrong CSRF token"));

		assertThat(service("analytics-service").hits()).isEmpty();
	}

	@Test
	void acceptsTheCsrfTokenTheSpaEchoesFromItsCookie() {
		String session = sessionCookie();
		ResponseCookie csrf = this.anonymous.get()
			.uri("/health")
			.cookie("SENTIA_SESSION", session)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseCookies()
			.getFirst("XSRF-TOKEN");
		assertThat(csrf).isNotNull();
		assertThat(csrf.isHttpOnly()).isFalse();

		// Past CSRF, the request stops at authentication: nobody is logged in yet.
		this.anonymous.post()
			.uri("/api/analytics/v1/exports")
			.cookie("SENTIA_SESSION", session)
			.cookie("XSRF-TOKEN", csrf.getValue())
			.header("X-XSRF-TOKEN", csrf.getValue())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void letsProvidersPostWebhooksWithoutCsrfOrLogin() {
		this.anonymous.post()
			.uri("/webhooks/shopify/orders-create")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"id\":1}")
			.exchange()
			.expectStatus()
			.isOk();

		assertThat(service("integrations-service").hits("/webhooks/shopify/orders-create")).hasSize(1);
	}

	@Test
	void letsXerosOAuthRedirectReachIntegrationsWithoutLogin() {
		this.anonymous.get().uri("/oauth/xero/callback?code=abc&state=xyz").exchange().expectStatus().isOk();

		assertThat(service("integrations-service").hits("/oauth/xero/callback")).hasSize(1);
	}

	@Test
	void answersOperationsEndpointsWithoutLogin() {
		this.anonymous.get().uri("/health").exchange().expectStatus().isOk();
		this.anonymous.get().uri("/actuator/health").exchange().expectStatus().isOk();
	}

	@Test
	void keepsTheRestOfTheActuatorClosed() {
		this.anonymous.get().uri("/actuator/env").exchange().expectStatus().isUnauthorized();
	}

	@Test
	void passesABenchmarkRouteThroughWhenItIsConfiguredPublic() {
		this.anonymous.get()
			.uri("/bench/ping")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.doesNotExist("X-RateLimit-Limit");
	}

	/** A session as a browser gets one: by starting a login. */
	private String sessionCookie() {
		ResponseCookie cookie = this.anonymous.get()
			.uri(LoginConfiguration.LOGIN_START)
			.exchange()
			.expectStatus()
			.isFound()
			.expectBody()
			.returnResult()
			.getResponseCookies()
			.getFirst("SENTIA_SESSION");
		assertThat(cookie).isNotNull();
		return cookie.getValue();
	}

}
