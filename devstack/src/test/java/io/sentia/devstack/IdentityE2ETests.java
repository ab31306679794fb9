package io.sentia.devstack;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static io.sentia.devstack.E2EPlatform.JSON;
import static io.sentia.devstack.E2EPlatform.REVENUE_PATH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Identity through the one public door: a browser sign-in and sign-out, a revoked partner
 * client, and a signing-key rotation that keeps sessions and issued tokens working.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(E2EPlatform.class)
@Order(3)
class IdentityE2ETests {

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

		HttpResponse<String> revenue = browser.get(REVENUE_PATH);
		assertThat(revenue.statusCode()).as(revenue.body()).isEqualTo(200);

		browser.logOut();
		assertThat(browser.get("/api/me").statusCode()).as("the session is gone after logout").isEqualTo(401);
		assertThat(browser.get(REVENUE_PATH).statusCode()).isEqualTo(401);
	}

	@Test
	@Order(2)
	void aRevokedPartnerClientGetsNoNewTokenAndItsTokenRunsOutOnSchedule() throws Exception {
		PartnerClient partner = E2EPlatform.newPartnerClient("e2e reporting", "analytics.read");
		String token = partner.accessToken();
		JsonNode claims = PartnerClient.claims(token);
		assertThat(claims.path("tenant_id").asString()).isEqualTo(DEMO_TENANT);
		assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).as("access token lifetime, s")
			.isLessThanOrEqualTo(600);
		String revenuePath = gateway + REVENUE_PATH;
		assertThat(PartnerClient.get(revenuePath, token).statusCode()).isEqualTo(200);

		E2EPlatform.revoke(partner);

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
		BrowserSession manager = E2EPlatform.signedIn("manager");
		String revenuePath = REVENUE_PATH;
		assertThat(manager.get(revenuePath).statusCode()).isEqualTo(200);
		String before = E2EPlatform.demoPartner().accessToken();

		PartnerClient platformOperator = new PartnerClient(E2EPlatform.platform().issuerUrl(), "sentia-platform",
				"sentia-platform-dev-secret");
		String operatorToken = platformOperator.accessToken();
		HttpResponse<String> rotated = PartnerClient.post(
				E2EPlatform.platform().issuerUrl() + "/api/auth/v1/platform/signing-keys:rotate", operatorToken, null);
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
