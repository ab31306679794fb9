package io.sentia.integrations.connection;

import java.util.UUID;

import io.sentia.integrations.IntegrationsWebTest;
import io.sentia.servicekit.security.Role;
import io.sentia.testkit.InfrastructureTests;
import io.sentia.testkit.security.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every 400 for bad input has the one service-kit shape, whether Spring or the service's
 * own checks refuse it: {@code invalid-parameter} for a parameter, {@code validation} for
 * a body field, each listing {@code errors: [{field, message}]}.
 */
@IntegrationsWebTest
class ProblemShapeTests extends InfrastructureTests {

	private static final String TENANT = "c0c0c0c0-0000-4000-8000-0000000005a1";

	private static final String CONNECTIONS = "/api/integrations/v1/connections";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Test
	void answersABadParameterAndABadBodyFieldOfOneEndpointInTheOneShape() throws Exception {
		String id = connection();

		JsonNode parameter = fieldError(send(post(CONNECTIONS + "/not-a-uuid/syncs", "{}")), "invalid-parameter",
				"Invalid request parameter", "id");
		JsonNode field = fieldError(send(post(CONNECTIONS + "/" + id + "/syncs", "{\"kind\":\"sideways\"}")),
				"validation", "Validation failed", "kind");

		assertThat(field.get("errors").get(0).get("message").asString()).contains("backfill");
		assertThat(parameter.get("instance").asString()).isEqualTo(CONNECTIONS + "/not-a-uuid/syncs");
	}

	@Test
	void answersWhatTheServiceChecksLikeWhatSpringChecks() throws Exception {
		fieldError(send(get("/api/integrations/v1/uploads?limit=0")), "invalid-parameter", "Invalid request parameter",
				"limit");
		fieldError(send(get("/api/integrations/v1/uploads?limit=ten")), "invalid-parameter",
				"Invalid request parameter", "limit");
		fieldError(send(post(CONNECTIONS, "{\"provider\":\"fax\",\"displayName\":\"Fax\"}")), "validation",
				"Validation failed", "provider");
		fieldError(send(post(CONNECTIONS, "{\"provider\":\"unleashed\",\"displayName\":\" \"}")), "validation",
				"Validation failed", "displayName");
		JsonNode credentials = fieldError(
				send(post(CONNECTIONS, "{\"provider\":\"unleashed\",\"displayName\":\"No key\",\"credentials\":{}}")),
				"validation", "Validation failed", "credentials.apiKey");
		assertThat(credentials.get("errors").get(0).get("message").asString()).isEqualTo("is required for unleashed");
	}

	private JsonNode fieldError(MockHttpServletResponse response, String type, String title, String field)
			throws Exception {
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
		assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		JsonNode problem = this.json.readTree(response.getContentAsString());
		assertThat(problem.propertyNames()).as(problem.toString())
			.containsExactlyInAnyOrder("type", "title", "status", "detail", "instance", "errors");
		assertThat(problem.get("type").asString()).isEqualTo("https://sentia.io/problems/" + type);
		assertThat(problem.get("title").asString()).isEqualTo(title);
		assertThat(problem.get("status").asInt()).isEqualTo(400);
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(field);
		assertThat(problem.get("errors").get(0).get("message").asString()).isNotBlank();
		return problem;
	}

	private String connection() throws Exception {
		MockHttpServletResponse created = send(post(CONNECTIONS, """
				{"provider":"unleashed","account":"%s","region":"UK","displayName":"Unleashed UK",
				 "settings":{"currency":"GBP"},"credentials":{"apiKey":"%s"}}
				""".formatted(UUID.randomUUID(), SimulatedProviders.GOOD_KEY)));
		assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
		return this.json.readTree(created.getContentAsString()).get("id").asString();
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
		String token = TestTokens.user(TENANT, Role.ADMIN);
		return this.mvc.perform(request.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token)))
			.andReturn()
			.getResponse();
	}

	private static MockHttpServletRequestBuilder get(String uri) {
		return MockMvcRequestBuilders.get(uri);
	}

	private static MockHttpServletRequestBuilder post(String uri, String body) {
		return MockMvcRequestBuilders.post(uri).contentType(MediaType.APPLICATION_JSON).content(body);
	}

}
