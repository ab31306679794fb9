package io.sentia.auth.client;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.nimbusds.jwt.JWTClaimsSet;
import io.sentia.auth.AuthServiceTestSupport;
import io.sentia.auth.Browser;
import io.sentia.auth.VerifiedTokens;
import io.sentia.auth.audit.AuditEntry;
import io.sentia.servicekit.errors.ApiProblemException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PartnerClientsTests extends AuthServiceTestSupport {

	static final UUID DEMO_TENANT = UUID.fromString("5e471a00-0000-4000-8000-000000000001");

	@Autowired
	PartnerClients partnerClients;

	@Autowired
	JdbcClient jdbc;

	@Test
	void demoPartnerGetsATokenWithItsTenantAndScopes() throws Exception {
		Browser browser = browser();
		HttpResponse<String> response = browser.token("highland-harbour-reporting", "demo-partner-secret-2026",
				Map.of("grant_type", "client_credentials", "scope", "analytics.read forecasts.read"));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);

		JWTClaimsSet claims = VerifiedTokens.claims(browser,
				(String) VerifiedTokens.json(response).get("access_token"));
		assertThat(claims.getSubject()).isEqualTo("highland-harbour-reporting");
		assertThat(claims.getStringClaim("tenant_id")).isEqualTo(DEMO_TENANT.toString());
		assertThat(claims.getStringListClaim("scope")).containsExactlyInAnyOrder("analytics.read", "forecasts.read");
		assertThat(claims.getStringClaim("principal_type")).isEqualTo("client");
		assertThat(claims.getAudience()).containsExactly("sentia-api");
		assertThat(claims.getClaim("roles")).isNull();
		assertThat(claims.getClaim("email")).isNull();
	}

	@Test
	void partnerAskingForNoScopeGetsAllOfItsOwn() throws Exception {
		Browser browser = browser();
		HttpResponse<String> response = browser.token("highland-harbour-reporting", "demo-partner-secret-2026",
				Map.of("grant_type", "client_credentials"));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JWTClaimsSet claims = VerifiedTokens.claims(browser,
				(String) VerifiedTokens.json(response).get("access_token"));
		assertThat(claims.getStringListClaim("scope")).containsExactlyInAnyOrder("analytics.read", "forecasts.read",
				"integrations.read");
	}

	@Test
	void partnerCannotAskForAScopeItWasNotGiven() {
		HttpResponse<String> response = browser().token("highland-harbour-reporting", "demo-partner-secret-2026",
				Map.of("grant_type", "client_credentials", "scope", "integrations.write"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("invalid_scope");
	}

	@Test
	void revokedClientsNextTokenRequestFails() {
		IssuedClientSecret issued = this.partnerClients.create(DEMO_TENANT, "Revocation test", Set.of("analytics.read"),
				AuditEntry.system());
		assertThat(clientCredentials(issued.clientId(), issued.clientSecret()).statusCode()).isEqualTo(200);

		this.partnerClients.revoke(DEMO_TENANT, issued.clientId(), AuditEntry.system());

		HttpResponse<String> refused = clientCredentials(issued.clientId(), issued.clientSecret());
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.body()).contains("invalid_client");
		assertThat(this.partnerClients.find(DEMO_TENANT, issued.clientId()).orElseThrow().revoked()).isTrue();
		assertThat(actions(issued.clientId())).contains("client.created", "client.revoked");
	}

	@Test
	void rotatedSecretReplacesTheOldOne() {
		IssuedClientSecret issued = this.partnerClients.create(DEMO_TENANT, "Rotation test", Set.of("forecasts.read"),
				AuditEntry.system());
		IssuedClientSecret rotated = this.partnerClients.rotateSecret(DEMO_TENANT, issued.clientId(),
				AuditEntry.system());

		assertThat(rotated.clientSecret()).isNotEqualTo(issued.clientSecret());
		assertThat(clientCredentials(issued.clientId(), issued.clientSecret()).statusCode()).isEqualTo(401);
		assertThat(clientCredentials(issued.clientId(), rotated.clientSecret()).statusCode()).isEqualTo(200);
		assertThat(this.jdbc.sql("SELECT client_secret FROM oauth2_registered_client WHERE client_id = :id")
			.param("id", issued.clientId())
			.query(String.class)
			.single()).startsWith("{argon2}$argon2id$").doesNotContain(rotated.clientSecret());
	}

	@Test
	void anotherTenantsClientIsNotFound() {
		UUID otherTenant = UUID.randomUUID();
		assertThatExceptionOfType(ApiProblemException.class)
			.isThrownBy(
					() -> this.partnerClients.revoke(otherTenant, "highland-harbour-reporting", AuditEntry.system()))
			.satisfies((ex) -> assertThat(ex.getStatus().value()).isEqualTo(404));
		assertThat(this.partnerClients.list(otherTenant)).isEmpty();
	}

	@Test
	void refusesScopesOutsideThePartnerCatalogue() {
		assertThatExceptionOfType(ApiProblemException.class).isThrownBy(
				() -> this.partnerClients.create(DEMO_TENANT, "Greedy", Set.of("platform.admin"), AuditEntry.system()))
			.withMessageContaining("platform.admin");
	}

	private HttpResponse<String> clientCredentials(String clientId, String secret) {
		return browser().token(clientId, secret, Map.of("grant_type", "client_credentials"));
	}

	private java.util.List<String> actions(String clientId) {
		return this.jdbc.sql("SELECT action FROM audit_event WHERE target_id = :id ORDER BY seq")
			.param("id", clientId)
			.query(String.class)
			.list();
	}

}
