package io.sentia.forecasting.controls;

import java.net.http.HttpResponse;

import io.sentia.forecasting.ForecastingServiceTests;
import io.sentia.servicekit.security.Role;
import io.sentia.testkit.security.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every 400 for bad input has the one service-kit shape, whether Spring or the service's
 * own checks refuse it: {@code invalid-parameter} for a parameter, {@code validation} for
 * a body field, each listing {@code errors: [{field, message}]}.
 */
class ProblemShapeTests extends ForecastingServiceTests {

	private static final String OVERRIDE = "/api/forecasting/v1/series/WHISKY-12:shopify:UK/overrides/";

	@Test
	void answersABadParameterAndABadBodyFieldOfOneEndpointInTheOneShape() throws Exception {
		String operator = TestTokens.user(newTenant(), Role.OPERATOR);
		String body = "{\"quantity\":-1,\"reason\":\"Launch week\"}";

		JsonNode parameter = fieldError(put(OVERRIDE + "2026-11-24", operator, "{\"quantity\":5,\"reason\":\"x\"}"),
				"invalid-parameter", "Invalid request parameter", "period");
		JsonNode field = fieldError(put(OVERRIDE + "2026-11-23", operator, body), "validation", "Validation failed",
				"quantity");

		assertThat(parameter.get("detail").asString()).startsWith("Parameter 'period' must be the Monday");
		assertThat(field.get("detail").asString()).startsWith("Field 'quantity' must be a number of units");
	}

	@Test
	void answersWhatTheServiceChecksLikeWhatSpringChecks() throws Exception {
		String viewer = TestTokens.user(newTenant(), Role.VIEWER);

		fieldError(get("/api/forecasting/v1/series?band=excellent", viewer), "invalid-parameter",
				"Invalid request parameter", "band");
		fieldError(get("/api/forecasting/v1/series?limit=0", viewer), "invalid-parameter", "Invalid request parameter",
				"limit");
		fieldError(get("/api/forecasting/v1/series?limit=ten", viewer), "invalid-parameter",
				"Invalid request parameter", "limit");
		fieldError(get("/api/forecasting/v1/suggestions?limit=0", viewer), "invalid-parameter",
				"Invalid request parameter", "limit");
	}

	private JsonNode fieldError(HttpResponse<String> response, String type, String title, String field) {
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
