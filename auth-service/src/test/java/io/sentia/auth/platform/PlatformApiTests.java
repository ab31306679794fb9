package io.sentia.auth.platform;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.nimbusds.jwt.SignedJWT;
import io.sentia.auth.AuthServiceTestSupport;
import io.sentia.auth.Browser;
import io.sentia.auth.GatewayLogin;
import io.sentia.auth.VerifiedTokens;
import io.sentia.events.Topics;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformApiTests extends AuthServiceTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JwtDecoder jwtDecoder;

	@Test
	void keyRotationKeepsEarlierTokensValidAndSignsNewOnesWithTheNewKey() throws Exception {
		Browser browser = browser();
		String before = partnerToken(browser);
		String kidBefore = SignedJWT.parse(before).getHeader().getKeyID();

		HttpResponse<String> rotation = browser.api("POST", "/api/auth/v1/platform/signing-keys:rotate",
				platformToken(browser), null);
		assertThat(rotation.statusCode()).as(rotation.body()).isEqualTo(200);
		String newKid = (String) VerifiedTokens.json(rotation).get("kid");
		assertThat(newKid).isNotEqualTo(kidBefore);

		String after = partnerToken(browser);
		assertThat(SignedJWT.parse(after).getHeader().getKeyID()).isEqualTo(newKid);
		assertThat(VerifiedTokens.jwks(browser).getKeys()).extracting((key) -> key.getKeyID())
			.contains(kidBefore, newKid);
		VerifiedTokens.verify(browser, before);
		VerifiedTokens.verify(browser, after);
		assertThat(this.jwtDecoder.decode(before).getSubject()).isEqualTo("highland-harbour-reporting");
		assertThat(this.jwtDecoder.decode(after).getSubject()).isEqualTo("highland-harbour-reporting");
	}

	@Test
	void storesPrivateKeysOnlyEncrypted() {
		for (byte[] stored : this.jdbc.sql("SELECT private_key_encrypted FROM signing_key")
			.query((rs, row) -> rs.getBytes(1))
			.list()) {
			String text = new String(stored, StandardCharsets.ISO_8859_1);
			assertThat(text).doesNotContain("\"d\"").doesNotContain("\"kty\"");
		}
	}

	@Test
	void platformOperatorCreatesATenantWithItsFirstAdminAndPublishesIt() {
		Browser browser = browser();
		HttpResponse<String> created = browser.api("POST", "/api/auth/v1/platform/tenants", platformToken(browser), """
				{"slug":"glen-test-distillery","name":"Glen Test Distillery","timeZone":"Europe/Dublin",
				 "admin":{"email":"owner@glen-test.example","name":"Owner"}}""");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		@SuppressWarnings("unchecked")
		Map<String, Object> tenant = (Map<String, Object>) VerifiedTokens.json(created).get("tenant");
		String tenantId = (String) tenant.get("id");

		assertThat(this.jdbc.sql("SELECT payload FROM outbox_event WHERE topic = :topic AND tenant_id = :tenant")
			.param("topic", Topics.AUTH_TENANTS)
			.param("tenant", tenantId)
			.query(String.class)
			.single()).contains("\"slug\":\"glen-test-distillery\"").contains("\"timeZone\":\"Europe/Dublin\"");
		assertThat(this.jdbc.sql("""
				SELECT m.role FROM membership m JOIN app_user u ON u.id = m.user_id
				WHERE u.email = 'owner@glen-test.example' AND m.tenant_id = CAST(:tenant AS uuid)
				""").param("tenant", tenantId).query(String.class).single()).isEqualTo("ADMIN");
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM password_reset_token t JOIN app_user u ON u.id = t.user_id
				WHERE u.email = 'owner@glen-test.example' AND t.purpose = 'invitation'
				  AND t.tenant_id = CAST(:tenant AS uuid) AND t.used_at IS NULL
				""").param("tenant", tenantId).query(Integer.class).single())
			.as("the new admin has no password: an invitation lets them set one")
			.isEqualTo(1);

		HttpResponse<String> duplicate = browser.api("POST", "/api/auth/v1/platform/tenants", platformToken(browser),
				"{\"slug\":\"glen-test-distillery\",\"name\":\"Again\"}");
		assertThat(duplicate.statusCode()).isEqualTo(409);
	}

	@Test
	void refusesTenantUsersPartnersAndAnonymousCallers() {
		Browser browser = browser();
		String admin = (String) GatewayLogin
			.signInAndExchange(browser, "admin@highland-harbour.example", "demo-admin-2026")
			.get("access_token");
		String body = "{\"slug\":\"never-created\",\"name\":\"Never\"}";

		assertThat(browser.api("POST", "/api/auth/v1/platform/tenants", admin, body).statusCode()).isEqualTo(403);
		assertThat(browser.api("POST", "/api/auth/v1/platform/tenants", partnerToken(browser), body).statusCode())
			.isEqualTo(403);
		HttpResponse<String> anonymous = browser.api("POST", "/api/auth/v1/platform/signing-keys:rotate", null, null);
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
		assertThat(
				this.jdbc.sql("SELECT count(*) FROM tenant WHERE slug = 'never-created'").query(Integer.class).single())
			.isZero();
	}

	private static String platformToken(Browser browser) {
		HttpResponse<String> response = browser.token("sentia-platform", "sentia-platform-dev-secret",
				Map.of("grant_type", "client_credentials", "scope", "platform.admin"));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return (String) VerifiedTokens.json(response).get("access_token");
	}

	private static String partnerToken(Browser browser) {
		HttpResponse<String> response = browser.token("highland-harbour-reporting", "demo-partner-secret-2026",
				Map.of("grant_type", "client_credentials"));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return (String) VerifiedTokens.json(response).get("access_token");
	}

}
