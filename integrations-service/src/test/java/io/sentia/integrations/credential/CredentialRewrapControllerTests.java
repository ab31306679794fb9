package io.sentia.integrations.credential;

import io.sentia.servicekit.security.Role;
import io.sentia.testkit.InfrastructureTests;
import io.sentia.testkit.security.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureJdbc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only the platform operator's client (scope {@code platform.admin}, no tenant) may
 * re-wrap the credential data keys; tenant users, even ADMINs, and partners may not. (A
 * web slice with the platform chain, the service kit's rules and the real vault on its
 * own database.)
 */
@WebMvcTest(CredentialRewrapController.class)
@AutoConfigureJdbc
@Import({ PlatformSecurityConfiguration.class, CredentialConfiguration.class })
class CredentialRewrapControllerTests extends InfrastructureTests {

	private static final String PATH = "/platform/integrations/v1/credentials:rewrap";

	private static final String TENANT = "a0a0a0a0-0000-4000-8000-0000000000a1";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Test
	void rewrapsForThePlatformClientAndReportsCounts() throws Exception {
		String platform = TestTokens.partnerClaims(TENANT, "platform.admin").claim("tenant_id", null).sign();

		MockHttpServletResponse response = post(platform);

		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		JsonNode report = this.json.readTree(response.getContentAsString());
		assertThat(report.get("kekId").asString()).startsWith("kek-");
		assertThat(report.has("rewrapped")).isTrue();
		assertThat(report.has("alreadyCurrent")).isTrue();
		assertThat(report.get("failed").isArray()).isTrue();
	}

	@Test
	void refusesTenantUsersAndPartnersWithoutThePlatformScope() throws Exception {
		for (String token : new String[] { TestTokens.user(TENANT, Role.ADMIN),
				TestTokens.partner(TENANT, "integrations.write", "webhooks.manage") }) {
			MockHttpServletResponse response = post(token);

			assertThat(response.getStatus()).isEqualTo(403);
			assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			assertThat(response.getContentAsString()).contains("platform.admin");
		}
	}

	@Test
	void refusesMissingAndForgedTokens() throws Exception {
		for (String token : new String[] { null, TestTokens.expired(TENANT), TestTokens.tamperedSignature(TENANT),
				TestTokens.algNone(TENANT), TestTokens.wrongAudience(TENANT), TestTokens.wrongIssuer(TENANT) }) {
			MockHttpServletResponse response = post(token);

			assertThat(response.getStatus()).isEqualTo(401);
			assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			assertThat(response.getHeader(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
		}
	}

	private MockHttpServletResponse post(String token) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(PATH);
		if (token != null) {
			request.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token));
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

}
