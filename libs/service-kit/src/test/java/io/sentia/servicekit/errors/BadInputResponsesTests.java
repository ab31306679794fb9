package io.sentia.servicekit.errors;

import java.net.http.HttpResponse;

import io.sentia.servicekit.testapp.Http;
import io.sentia.servicekit.testapp.ServiceKitTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document describes the one 400 shape once, for every operation that takes
 * input.
 */
class BadInputResponsesTests extends ServiceKitTestSupport {

	@Test
	void documentsTheBadInputProblemOfEveryOperationTakingInput() {
		HttpResponse<String> response = http().get("/v3/api-docs");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode document = Http.json(response);

		JsonNode badInput = document.at("/paths/~1test~1orders~1checked/post/responses/400/content")
			.get("application/problem+json");
		assertThat(badInput.at("/schema/$ref").asString()).isEqualTo("#/components/schemas/Problem");
		assertThat(badInput.at("/examples/invalid-parameter/value/type").asString())
			.isEqualTo("https://sentia.io/problems/invalid-parameter");
		assertThat(badInput.at("/examples/validation/value/errors/0/field").asString()).isEqualTo("lines[0].quantity");
		assertThat(document.at("/components/schemas/Problem/properties/errors/items/$ref").asString())
			.isEqualTo("#/components/schemas/InvalidField");
		assertThat(document.at("/paths/~1test~1orders~1boom/get/responses/400").isMissingNode()).isTrue();
	}

}
