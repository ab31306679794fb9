package io.sentia.auth.admin;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.sentia.auth.AuthApiTestSupport;
import io.sentia.servicekit.security.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An ADMIN's partner clients: the secret is shown once and stored only hashed, rotation
 * kills the old secret, revocation stops new tokens, scopes come only from the partner
 * catalogue, and another tenant's client is not found.
 */
class AdminClientsTests extends AuthApiTestSupport {

	private static final String CLIENTS = "/api/auth/v1/admin/clients";

	@Test
	void showsTheSecretOnceAndStoresOnlyAnArgon2Hash() {
		UUID tenant = newTenant();
		String admin = token(newUser(tenant, Role.ADMIN));

		HttpResponse<String> created = create(admin, "Warehouse BI", List.of("analytics.read", "forecasts.read"));

		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("no-store"));
		JsonNode credentials = json(created);
		String clientId = credentials.get("clientId").asString();
		String secret = credentials.get("clientSecret").asString();
		assertThat(secret).hasSizeGreaterThanOrEqualTo(40);
		String stored = this.jdbc.sql("SELECT client_secret FROM oauth2_registered_client WHERE client_id = :id")
			.param("id", clientId)
			.query(String.class)
			.single();
		assertThat(stored).startsWith("{argon2}$argon2id$").doesNotContain(secret);
		HttpResponse<String> listed = get(CLIENTS, admin);
		assertThat(listed.statusCode()).isEqualTo(200);
		assertThat(listed.body()).contains(clientId).doesNotContain(secret).doesNotContain("argon2");
		assertThat(audited(tenant, "client.created")).containsExactly("success:" + clientId);
		assertThat(clientCredentialsToken(clientId, secret).statusCode()).isEqualTo(200);
	}

	@Test
	void rotationReplacesTheSecretAtOnce() {
		UUID tenant = newTenant();
		String admin = token(newUser(tenant, Role.ADMIN));
		JsonNode credentials = json(create(admin, "Forecast sync", List.of("forecasts.write")));
		String clientId = credentials.get("clientId").asString();
		String oldSecret = credentials.get("clientSecret").asString();

		HttpResponse<String> rotated = post(CLIENTS + "/" + clientId + "/secret", admin, null);

		assertThat(rotated.statusCode()).isEqualTo(200);
		String newSecret = json(rotated).get("clientSecret").asString();
		assertThat(newSecret).isNotEqualTo(oldSecret);
		assertThat(clientCredentialsToken(clientId, oldSecret).statusCode()).isEqualTo(401);
		assertThat(clientCredentialsToken(clientId, newSecret).statusCode()).isEqualTo(200);
		assertThat(audited(tenant, "client.secret_rotated")).containsExactly("success:" + clientId);
	}

	@Test
	void aRevokedClientCanNoLongerGetTokens() {
		UUID tenant = newTenant();
		String admin = token(newUser(tenant, Role.ADMIN));
		JsonNode credentials = json(create(admin, "Old integration", List.of("integrations.read")));
		String clientId = credentials.get("clientId").asString();
		String secret = credentials.get("clientSecret").asString();
		assertThat(clientCredentialsToken(clientId, secret).statusCode()).isEqualTo(200);

		HttpResponse<String> revoked = delete(CLIENTS + "/" + clientId, admin, null);

		assertThat(revoked.statusCode()).isEqualTo(204);
		HttpResponse<String> refused = clientCredentialsToken(clientId, secret);
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(json(refused).get("error").asString()).isEqualTo("invalid_client");
		assertThat(post(CLIENTS + "/" + clientId + "/secret", admin, null).statusCode()).isEqualTo(409);
		assertThat(audited(tenant, "client.revoked")).containsExactly("success:" + clientId);
		assertThat(audited(tenant, "client.secret_rotated")).containsExactly("failure:" + clientId);
	}

	@Test
	void refusesScopesOutsideThePartnerCatalogue() {
		UUID tenant = newTenant();
		String admin = token(newUser(tenant, Role.ADMIN));

		HttpResponse<String> platform = create(admin, "Sneaky", List.of("analytics.read", "platform.admin"));
		HttpResponse<String> unknown = create(admin, "Typo", List.of("analytics.reed"));
		HttpResponse<String> none = create(admin, "Nothing", List.of());

		assertThat(platform.statusCode()).isEqualTo(400);
		assertThat(json(platform).get("detail").asString()).contains("platform.admin");
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(none.statusCode()).isEqualTo(400);
		assertThat(this.jdbc.sql("SELECT count(*) FROM partner_client WHERE tenant_id = :tenant")
			.param("tenant", tenant)
			.query(Integer.class)
			.single()).isZero();
		assertThat(audited(tenant, "client.created")).containsOnly("failure:");
	}

	@Test
	void anotherTenantsClientIsNotFoundAndKeepsWorking() {
		String stranger = token(newUser(newTenant(), Role.ADMIN));
		JsonNode credentials = json(create(stranger, "Theirs", List.of("analytics.read")));
		String clientId = credentials.get("clientId").asString();
		String secret = credentials.get("clientSecret").asString();
		String admin = token(newUser(newTenant(), Role.ADMIN));

		assertThat(post(CLIENTS + "/" + clientId + "/secret", admin, null).statusCode()).isEqualTo(404);
		assertThat(delete(CLIENTS + "/" + clientId, admin, null).statusCode()).isEqualTo(404);
		assertThat(get(CLIENTS, admin).body()).doesNotContain(clientId);
		assertThat(clientCredentialsToken(clientId, secret).statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> create(String token, String name, List<String> scopes) {
		return post(CLIENTS, token, json(Map.of("name", name, "scopes", scopes)));
	}

	private HttpResponse<String> clientCredentialsToken(String clientId, String secret) {
		String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(uri("/oauth2/token"))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
			.build());
	}

}
