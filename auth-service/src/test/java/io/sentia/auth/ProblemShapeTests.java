package io.sentia.auth;

import java.net.http.HttpResponse;
import java.util.UUID;

import io.sentia.servicekit.security.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every 400 for bad input has the one service-kit shape, whether Spring or the service's
 * own checks refuse it: {@code invalid-parameter} for a parameter, {@code validation} for
 * a body field, each listing {@code errors: [{field, message}]}.
 */
class ProblemShapeTests extends AuthApiTestSupport {

	private static final String USERS = "/api/auth/v1/admin/users";

	private static final String CLIENTS = "/api/auth/v1/admin/clients";

	@Test
	void answersABadParameterAndABadBodyFieldOfOneEndpointInTheOneShape() {
		String admin = token(newUser(newTenant(), Role.ADMIN));

		fieldError(patch(USERS + "/not-a-user-id", admin, "{\"active\":false}"), "invalid-parameter",
				"Invalid request parameter", "userId");
		fieldError(post(USERS, admin, "{\"email\":\"not-an-address\",\"name\":\"Ana\",\"role\":\"VIEWER\"}"),
				"validation", "Validation failed", "email");
	}

	@Test
	void answersWhatTheServiceChecksLikeWhatSpringChecks() {
		UUID tenant = newTenant();
		String admin = token(newUser(tenant, Role.ADMIN));

		JsonNode limit = fieldError(get("/api/auth/v1/audit?limit=0", admin), "invalid-parameter",
				"Invalid request parameter", "limit");
		fieldError(get("/api/auth/v1/audit?limit=ten", admin), "invalid-parameter", "Invalid request parameter",
				"limit");
		JsonNode scope = fieldError(post(CLIENTS, admin, "{\"name\":\"BI\",\"scopes\":[\"root\"]}"), "validation",
				"Validation failed", "scopes");
		fieldError(post(CLIENTS, admin, "{\"name\":\" \",\"scopes\":[\"analytics.read\"]}"), "validation",
				"Validation failed", "name");
		fieldError(post("/api/auth/v1/password-resets", null, "{}"), "validation", "Validation failed", "email");

		assertThat(limit.get("detail").asString()).isEqualTo("Parameter 'limit' must be between 1 and 200.");
		assertThat(scope.get("errors").get(0).get("message").asString()).contains("'root'");
	}

	private static JsonNode fieldError(HttpResponse<String> response, String type, String title, String field) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((contentType) -> assertThat(contentType).startsWith("application/problem+json"));
		JsonNode problem = json(response);
		assertThat(problem.propertyNames()).as(problem.toString())
			.containsExactlyInAnyOrder("type", "title", "status", "detail", "instance", "errors");
		assertThat(problem.get("type").asString()).isEqualTo("https://sentia.io/problems/" + type);
		assertThat(problem.get("title").asString()).isEqualTo(title);
		assertThat(problem.get("status").asInt()).isEqualTo(400);
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(field);
		assertThat(problem.get("errors").get(0).get("message").asString()).isNotBlank();
		return problem;
	}

}
