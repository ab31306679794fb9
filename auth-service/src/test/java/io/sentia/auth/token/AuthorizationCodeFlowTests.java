package io.sentia.auth.token;

import java.net.http.HttpResponse;
import java.util.Map;

import com.nimbusds.jwt.JWTClaimsSet;
import io.sentia.auth.AuthServiceTestSupport;
import io.sentia.auth.Browser;
import io.sentia.auth.GatewayLogin;
import io.sentia.auth.VerifiedTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

class AuthorizationCodeFlowTests extends AuthServiceTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Test
	void gatewayLoginWithPkceIssuesContractTokensVerifiableWithTheJwkSet() throws Exception {
		Browser browser = browser();
		Map<String, Object> tokens = GatewayLogin.signInAndExchange(browser, "manager@highland-harbour.example",
				"demo-manager-2026");

		JWTClaimsSet claims = VerifiedTokens.claims(browser, (String) tokens.get("access_token"));
		assertThat(claims.getIssuer()).isEqualTo(this.security.issuer().toString());
		assertThat(claims.getAudience()).containsExactly("sentia-api");
		assertThat(claims.getSubject()).matches("[0-9a-f-]{36}");
		assertThat(claims.getStringClaim("tenant_id")).isEqualTo("5e471a00-0000-4000-8000-000000000001");
		assertThat(claims.getStringListClaim("roles")).containsExactly("MANAGER");
		assertThat(claims.getStringClaim("principal_type")).isEqualTo("user");
		assertThat(claims.getStringClaim("email")).isEqualTo("manager@highland-harbour.example");
		assertThat(claims.getStringClaim("name")).isEqualTo("Demo Manager");
		assertThat(claims.getJWTID()).isNotBlank();
		assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isEqualTo(5 * 60 * 1000);
		assertThat(VerifiedTokens.verify(browser, (String) tokens.get("access_token")).getHeader().getKeyID())
			.isNotBlank();

		JWTClaimsSet idToken = VerifiedTokens.claims(browser, (String) tokens.get("id_token"));
		assertThat(idToken.getAudience()).containsExactly("sentia-gateway");
		assertThat(idToken.getStringClaim("email")).isEqualTo("manager@highland-harbour.example");
		assertThat(idToken.getStringClaim("nonce")).isEqualTo("nonce-1");

		HttpResponse<String> userInfo = browser.api("GET", "/userinfo", (String) tokens.get("access_token"), null);
		assertThat(userInfo.statusCode()).as(userInfo.body()).isEqualTo(200);
		assertThat(VerifiedTokens.json(userInfo)).containsEntry("email", "manager@highland-harbour.example")
			.containsEntry("name", "Demo Manager")
			.containsEntry("sub", claims.getSubject());
	}

	@Test
	void publishesOidcDiscoveryForTheConfiguredIssuer() {
		Map<String, Object> discovery = VerifiedTokens
			.json(browser().api("GET", "/.well-known/openid-configuration", null, null));
		String issuer = this.security.issuer().toString();
		assertThat(discovery).containsEntry("issuer", issuer)
			.containsEntry("jwks_uri", issuer + "/oauth2/jwks")
			.containsEntry("end_session_endpoint", issuer + "/connect/logout");
		assertThat(discovery.get("id_token_signing_alg_values_supported"))
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.containsExactly("RS256");
	}

	@Test
	void loginWithoutPkceIsRefused() {
		Browser browser = browser();
		browser.signIn("viewer@highland-harbour.example", "demo-viewer-2026");
		HttpResponse<String> response = browser.get(GatewayLogin.authorizeUrl(browser, null));
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElseThrow()).contains("error=invalid_request");
	}

	@Test
	void meShowsTheUserAndTheirMembershipsAndRefusesAForeignActiveTenant() {
		Browser browser = browser();
		Map<String, Object> tokens = GatewayLogin.signInAndExchange(browser, "operator@highland-harbour.example",
				"demo-operator-2026");
		String accessToken = (String) tokens.get("access_token");

		HttpResponse<String> me = browser.api("GET", "/api/auth/v1/me", accessToken, null);
		assertThat(me.statusCode()).isEqualTo(200);
		Map<String, Object> body = VerifiedTokens.json(me);
		assertThat(body).containsEntry("email", "operator@highland-harbour.example")
			.containsEntry("activeTenantId", "5e471a00-0000-4000-8000-000000000001");
		assertThat(body.get("memberships")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.containsExactly(Map.of("tenantId", "5e471a00-0000-4000-8000-000000000001", "tenantName",
					"Highland & Harbour Spirits", "role", "OPERATOR"));

		HttpResponse<String> foreign = browser.api("PUT", "/api/auth/v1/me/active-tenant", accessToken,
				"{\"tenantId\":\"00000000-0000-4000-8000-000000000099\"}");
		assertThat(foreign.statusCode()).isEqualTo(404);
		assertThat(foreign.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");

		HttpResponse<String> own = browser.api("PUT", "/api/auth/v1/me/active-tenant", accessToken,
				"{\"tenantId\":\"5e471a00-0000-4000-8000-000000000001\"}");
		assertThat(own.statusCode()).isEqualTo(200);

		assertThat(browser.api("GET", "/api/auth/v1/me", null, null).statusCode()).isEqualTo(401);
	}

	@Test
	void refreshRotatesTheTokenAndReuseRevokesTheWholeFamily() {
		Browser browser = browser();
		Map<String, Object> first = GatewayLogin.signInAndExchange(browser, "admin@highland-harbour.example",
				"demo-admin-2026");
		String original = (String) first.get("refresh_token");

		HttpResponse<String> rotated = refresh(browser, original);
		assertThat(rotated.statusCode()).isEqualTo(200);
		String successor = (String) VerifiedTokens.json(rotated).get("refresh_token");
		assertThat(successor).isNotEqualTo(original);

		HttpResponse<String> reuse = refresh(browser, original);
		assertThat(reuse.statusCode()).isEqualTo(400);
		assertThat(reuse.body()).contains("invalid_grant");

		// The family is revoked: even the legitimate successor no longer refreshes.
		HttpResponse<String> afterRevocation = refresh(browser, successor);
		assertThat(afterRevocation.statusCode()).isEqualTo(400);
		assertThat(afterRevocation.body()).contains("invalid_grant");

		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'token.refresh_reused'")
			.query(Integer.class)
			.single()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void gatewayLogoutEndsTheSignInSession() {
		Browser browser = browser();
		Map<String, Object> tokens = GatewayLogin.signInAndExchange(browser, "viewer@highland-harbour.example",
				"demo-viewer-2026");
		// Still signed in: a new authorization request goes straight back to the gateway.
		HttpResponse<String> again = browser
			.get(GatewayLogin.authorizeUrl(browser, GatewayLogin.challenge(GatewayLogin.randomVerifier())));
		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(again.headers().firstValue("Location").orElseThrow()).startsWith(GatewayLogin.REDIRECT_URI);

		HttpResponse<String> logout = browser.get(UriComponentsBuilder.fromUriString(browser.base() + "/connect/logout")
			.queryParam("id_token_hint", tokens.get("id_token"))
			.queryParam("post_logout_redirect_uri", "http://localhost:8080/")
			.encode()
			.build()
			.toUriString());
		assertThat(logout.statusCode()).isEqualTo(302);
		assertThat(logout.headers().firstValue("Location").orElseThrow()).isEqualTo("http://localhost:8080/");

		HttpResponse<String> afterLogout = browser
			.get(GatewayLogin.authorizeUrl(browser, GatewayLogin.challenge(GatewayLogin.randomVerifier())));
		assertThat(afterLogout.statusCode()).isEqualTo(200);
		assertThat(afterLogout.body()).contains("Sign in");
	}

	private HttpResponse<String> refresh(Browser browser, String refreshToken) {
		return browser.token("sentia-gateway", "sentia-gateway-dev-secret",
				Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));
	}

}
