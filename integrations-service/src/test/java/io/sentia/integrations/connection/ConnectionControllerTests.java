package io.sentia.integrations.connection;

import java.util.Map;
import java.util.UUID;

import io.sentia.integrations.IntegrationsWebTest;
import io.sentia.servicekit.security.Role;
import io.sentia.testkit.InfrastructureTests;
import io.sentia.testkit.security.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Connections through the API: credentials go in and never come out, are checked against
 * the provider's connector, a "test" asks the provider, deleting wipes the secrets, and
 * another tenant's connection does not exist.
 */
@IntegrationsWebTest
@ExtendWith(OutputCaptureExtension.class)
class ConnectionControllerTests extends InfrastructureTests {

	private static final String TENANT = "c0c0c0c0-0000-4000-8000-0000000000c1";

	private static final String OTHER_TENANT = "c0c0c0c0-0000-4000-8000-0000000000c2";

	private static final String PATH = "/api/integrations/v1/connections";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void createsAConnectionWhoseSecretNeverComesBackOrReachesTheLog(CapturedOutput output) throws Exception {
		MockHttpServletResponse created = send(post(PATH, create(SimulatedProviders.GOOD_KEY)), operator());

		assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
		JsonNode body = this.json.readTree(created.getContentAsString());
		assertThat(body.get("provider").asString()).isEqualTo("unleashed");
		assertThat(body.get("status").asString()).isEqualTo("active");
		assertThat(body.get("settings").get("currency").asString()).isEqualTo("GBP");
		assertThat(body.get("credentials").get(0).get("name").asString()).isEqualTo("apiKey");
		assertThat(body.get("credentials").get(0).get("updatedAt")).isNotNull();
		String id = body.get("id").asString();
		MockHttpServletResponse read = send(get(PATH + "/" + id), viewer());
		MockHttpServletResponse list = send(get(PATH), viewer());

		assertThat(read.getStatus()).isEqualTo(200);
		assertThat(list.getContentAsString()).contains(id);
		for (String answer : new String[] { created.getContentAsString(), read.getContentAsString(),
				list.getContentAsString() }) {
			assertThat(answer).doesNotContain(SimulatedProviders.GOOD_KEY);
		}
		assertThat(output.getAll()).doesNotContain(SimulatedProviders.GOOD_KEY);
		assertThat(new NewConnection("unleashed", null, null, "x", null, Map.of("apiKey", SimulatedProviders.GOOD_KEY))
			.toString()).doesNotContain(SimulatedProviders.GOOD_KEY).contains("apiKey");
	}

	@Test
	void refusesAConnectionWithoutTheCredentialsItsConnectorRequiresNamingThem() throws Exception {
		MockHttpServletResponse response = send(post(PATH, """
				{"provider":"unleashed","account":"%s","displayName":"No key","credentials":{"apiId":"x"}}
				""".formatted(UUID.randomUUID())), operator());

		assertProblem(response, 400, "apiKey");
	}

	@Test
	void keepsAMailConnectionsAllowedSendersAndRefusesAnEntryThatIsNoAddressOrDomain() throws Exception {
		String mailbox = "uploads-" + UUID.randomUUID() + "@harbour.example";
		MockHttpServletResponse refused = send(post(PATH, """
				{"provider":"mail","account":"%s","displayName":"Orders mail",
				 "settings":{"allowedSenders":"orders@supplier.example, supplier.example"},
				 "credentials":{"tenantId":"t","clientId":"c","clientSecret":"s"}}
				""".formatted(mailbox)), operator());
		assertProblem(refused, 400, "'supplier.example'");

		MockHttpServletResponse created = send(post(PATH, """
				{"provider":"mail","account":"%s","displayName":"Orders mail",
				 "settings":{"allowedSenders":"orders@supplier.example, @supplier.example"},
				 "credentials":{"tenantId":"t","clientId":"c","clientSecret":"s"}}
				""".formatted(mailbox)), operator());
		assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
		String id = this.json.readTree(created.getContentAsString()).path("id").asString();
		assertThat(this.json.readTree(created.getContentAsString()).path("settings").path("allowedSenders").asString())
			.isEqualTo("orders@supplier.example, @supplier.example");

		MockHttpServletResponse badPatch = send(patch(PATH + "/" + id, "{\"settings\":{\"allowedSenders\":\"@\"}}"),
				operator());
		assertProblem(badPatch, 400, "allowedSenders");
	}

	@Test
	void refusesAnUnknownProviderNamingTheOnesThereAre() throws Exception {
		MockHttpServletResponse response = send(
				post(PATH, "{\"provider\":\"etsy\",\"displayName\":\"Etsy\",\"credentials\":{}}"), operator());

		assertProblem(response, 400, "shopify, amazon, xero, unleashed, mail");
	}

	@Test
	void refusesASecondConnectionToTheSameAccount() throws Exception {
		String account = UUID.randomUUID().toString();
		String body = """
				{"provider":"unleashed","account":"%s","displayName":"Twice","credentials":{"apiKey":"k"}}
				""".formatted(account);
		assertThat(send(post(PATH, body), operator()).getStatus()).isEqualTo(201);

		assertProblem(send(post(PATH, body), operator()), 409, account);
	}

	@Test
	void testingAConnectionReportsTheProvidersAnswer() throws Exception {
		String id = created(SimulatedProviders.GOOD_KEY);

		JsonNode accepted = this.json
			.readTree(send(post(PATH + "/" + id + "/test", null), operator()).getContentAsString());
		MockHttpServletResponse patched = send(patch(PATH + "/" + id, "{\"credentials\":{\"apiKey\":\"wrong-key\"}}"),
				operator());
		JsonNode refused = this.json
			.readTree(send(post(PATH + "/" + id + "/test", null), operator()).getContentAsString());

		assertThat(accepted.get("ok").asBoolean()).isTrue();
		assertThat(accepted.get("providerStatus").asInt()).isEqualTo(200);
		assertThat(patched.getStatus()).isEqualTo(200);
		assertThat(refused.get("ok").asBoolean()).isFalse();
		assertThat(refused.get("providerStatus").asInt()).isEqualTo(403);
		assertThat(refused.get("message").asString()).contains("refused");
	}

	@Test
	void changesOnlyWhatAPatchNamesAndRefusesCredentialsMissingARequiredOne() throws Exception {
		String id = created(SimulatedProviders.GOOD_KEY);

		MockHttpServletResponse changed = send(
				patch(PATH + "/" + id, "{\"displayName\":\"Renamed\",\"status\":\"disabled\"}"), operator());
		MockHttpServletResponse missing = send(patch(PATH + "/" + id, "{\"credentials\":{\"other\":\"x\"}}"),
				operator());
		MockHttpServletResponse badStatus = send(patch(PATH + "/" + id, "{\"status\":\"deleted\"}"), operator());

		JsonNode body = this.json.readTree(changed.getContentAsString());
		assertThat(body.get("displayName").asString()).isEqualTo("Renamed");
		assertThat(body.get("status").asString()).isEqualTo("disabled");
		assertThat(body.get("region").asString()).isEqualTo("UK");
		assertThat(body.get("settings").get("currency").asString()).isEqualTo("GBP");
		assertProblem(missing, 400, "apiKey");
		assertProblem(badStatus, 400, "status");
		JsonNode check = this.json
			.readTree(send(post(PATH + "/" + id + "/test", null), operator()).getContentAsString());
		assertThat(check.get("ok").asBoolean()).as("the refused patch kept the key").isTrue();
	}

	@Test
	void deletingAConnectionWipesItsSecretsAndHidesIt() throws Exception {
		String id = created(SimulatedProviders.GOOD_KEY);

		assertThat(send(delete(PATH + "/" + id), operator()).getStatus()).isEqualTo(204);

		assertThat(send(get(PATH + "/" + id), viewer()).getStatus()).isEqualTo(404);
		assertThat(send(get(PATH), viewer()).getContentAsString()).doesNotContain(id);
		assertThat(this.jdbc.sql("SELECT count(*) FROM connection_credential WHERE connection_id = ?")
			.param(UUID.fromString(id))
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("SELECT status FROM connection WHERE id = ?")
			.param(UUID.fromString(id))
			.query(String.class)
			.single()).isEqualTo("deleted");
		assertThat(send(delete(PATH + "/" + id), operator()).getStatus()).as("deleting again").isEqualTo(204);
		assertThat(send(patch(PATH + "/" + id, "{\"displayName\":\"Back\"}"), operator()).getStatus()).isEqualTo(404);
	}

	@Test
	void anotherTenantsConnectionIsNotFound() throws Exception {
		String id = created(SimulatedProviders.GOOD_KEY);
		String other = TestTokens.user(OTHER_TENANT, Role.ADMIN);

		assertThat(send(get(PATH + "/" + id), other).getStatus()).isEqualTo(404);
		assertThat(send(patch(PATH + "/" + id, "{\"displayName\":\"Mine\"}"), other).getStatus()).isEqualTo(404);
		assertThat(send(post(PATH + "/" + id + "/test", null), other).getStatus()).isEqualTo(404);
		assertThat(send(delete(PATH + "/" + id), other).getStatus()).isEqualTo(404);
		assertThat(send(get(PATH), other).getContentAsString()).doesNotContain(id);
		assertThat(send(get(PATH + "/" + id), viewer()).getStatus()).as("still there").isEqualTo(200);
	}

	private String created(String apiKey) throws Exception {
		MockHttpServletResponse response = send(post(PATH, create(apiKey)), operator());
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
		return this.json.readTree(response.getContentAsString()).get("id").asString();
	}

	private static String create(String apiKey) {
		return """
				{"provider":"unleashed","account":"%s","region":"UK","displayName":"Unleashed UK",
				 "settings":{"currency":"GBP"},"credentials":{"apiKey":"%s"}}
				""".formatted(UUID.randomUUID(), apiKey);
	}

	private void assertProblem(MockHttpServletResponse response, int status, String mentioned) throws Exception {
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
		assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(response.getContentAsString()).contains(mentioned);
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String token) throws Exception {
		return this.mvc.perform(request.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token)))
			.andReturn()
			.getResponse();
	}

	private static MockHttpServletRequestBuilder get(String uri) {
		return MockMvcRequestBuilders.get(uri);
	}

	private static MockHttpServletRequestBuilder delete(String uri) {
		return MockMvcRequestBuilders.delete(uri);
	}

	private static MockHttpServletRequestBuilder post(String uri, String body) {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(uri);
		return (body != null) ? request.contentType(MediaType.APPLICATION_JSON).content(body) : request;
	}

	private static MockHttpServletRequestBuilder patch(String uri, String body) {
		return MockMvcRequestBuilders.patch(uri).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private static String operator() {
		return TestTokens.user(TENANT, Role.OPERATOR);
	}

	private static String viewer() {
		return TestTokens.user(TENANT, Role.VIEWER);
	}

}
