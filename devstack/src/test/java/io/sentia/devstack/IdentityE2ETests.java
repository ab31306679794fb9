package io.sentia.devstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static io.sentia.devstack.E2EPlatform.FROM;
import static io.sentia.devstack.E2EPlatform.JSON;
import static io.sentia.devstack.E2EPlatform.TO;
import static io.sentia.devstack.E2EPlatform.revenue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Identity through the one public door: a browser sign-in and sign-out, a revoked partner
 * client, and a signing-key rotation that keeps sessions and issued tokens working.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(E2EPlatform.class)
@Order(3)
class IdentityE2ETests {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private static final String DEMO_TENANT = E2EPlatform.DEMO_TENANT;

	private static String gateway;

	@BeforeAll
	static void usePlatform() {
		gateway = E2EPlatform.gateway();
	}

	@Test
	@Order(1)
	void aManagerLogsInThroughTheGatewayReadsRevenueAndLogsOut() throws Exception {
		BrowserSession browser = new BrowserSession(gateway);
		assertThat(browser.get("/api/me").statusCode()).as("no session yet").isEqualTo(401);

		browser.logIn("manager@highland-harbour.example", "demo-manager-2026");
		assertThat(browser.lastHops()).as("the login ends back at the gateway")
			.last()
			.asString()
			.startsWith("GET " + gateway);
		assertThat(browser.cookie("SENTIA_SESSION")).as("the session cookie").isPresent();

		HttpResponse<String> me = browser.get("/api/me");
		assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
		JsonNode body = JSON.readTree(me.body());
		assertThat(body.toString()).contains("manager@highland-harbour.example", DEMO_TENANT, "MANAGER");
		assertThat(me.body()).as("the browser never sees a token").doesNotContain("eyJ");

		HttpResponse<String> revenue = browser.get("/api/analytics/v1/revenue?from=" + FROM + "&to=" + TO);
		assertThat(revenue.statusCode()).as(revenue.body()).isEqualTo(200);

		browser.logOut();
		assertThat(browser.get("/api/me").statusCode()).as("the session is gone after logout").isEqualTo(401);
		assertThat(browser.get("/api/analytics/v1/revenue?from=" + FROM + "&to=" + TO).statusCode()).isEqualTo(401);
	}

	@Test
	@Order(2)
	void aRevokedPartnerClientGetsNoNewTokenAndItsTokenRunsOutOnSchedule() throws Exception {
		BrowserSession admin = new BrowserSession(gateway);
		admin.logIn("admin@highland-harbour.example", "demo-admin-2026");
		HttpResponse<String> created = admin.send("POST", "/api/auth/v1/admin/clients",
				"{\"name\":\"e2e reporting\",\"scopes\":[\"analytics.read\"]}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode client = JSON.readTree(created.body());
		PartnerClient partner = new PartnerClient(E2EPlatform.platform().issuerUrl(),
				client.path("clientId").asString(), client.path("clientSecret").asString());
		String token = partner.accessToken();
		JsonNode claims = PartnerClient.claims(token);
		assertThat(claims.path("tenant_id").asString()).isEqualTo(DEMO_TENANT);
		assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).as("access token lifetime, s")
			.isLessThanOrEqualTo(600);
		String revenuePath = gateway + "/api/analytics/v1/revenue?from=" + FROM + "&to=" + TO;
		assertThat(PartnerClient.get(revenuePath, token).statusCode()).isEqualTo(200);

		HttpResponse<String> revoked = admin.send("DELETE",
				"/api/auth/v1/admin/clients/" + client.path("clientId").asString(), null);
		assertThat(revoked.statusCode()).as(revoked.body()).isIn(200, 204);

		HttpResponse<String> refused = partner.requestToken(null);
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(401);
		assertThat(refused.body()).contains("invalid_client");
		assertThat(PartnerClient.get(revenuePath, token).statusCode())
			.as("a token already issued stays valid until its exp, at most minutes away")
			.isEqualTo(200);
	}

	@Test
	@Order(3)
	void rotatingTheSigningKeyKeepsSessionsAndIssuedTokensWorking() throws Exception {
		BrowserSession manager = new BrowserSession(gateway);
		manager.logIn("manager@highland-harbour.example", "demo-manager-2026");
		String revenuePath = "/api/analytics/v1/revenue?from=" + FROM + "&to=" + TO;
		assertThat(manager.get(revenuePath).statusCode()).isEqualTo(200);
		String before = E2EPlatform.demoPartner().accessToken();

		PartnerClient platformOperator = new PartnerClient(E2EPlatform.platform().issuerUrl(), "sentia-platform",
				"sentia-platform-dev-secret");
		String operatorToken = platformOperator.accessToken();
		HttpResponse<String> rotated = HTTP.send(HttpRequest
			.newBuilder(URI.create(E2EPlatform.platform().issuerUrl() + "/api/auth/v1/platform/signing-keys:rotate"))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + operatorToken)
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(rotated.statusCode()).as(rotated.body()).isIn(200, 201, 204);

		String after = E2EPlatform.demoPartner().accessToken();
		assertThat(PartnerClient.header(after).path("kid").asString()).as("new tokens are signed with the new key")
			.isNotEqualTo(PartnerClient.header(before).path("kid").asString());
		assertThat(PartnerClient.get(gateway + revenuePath, after).statusCode()).isEqualTo(200);
		assertThat(PartnerClient.get(gateway + revenuePath, before).statusCode())
			.as("a token signed with the previous key still verifies")
			.isEqualTo(200);
		assertThat(manager.get(revenuePath).statusCode()).as("the logged-in session keeps working").isEqualTo(200);
	}

}
