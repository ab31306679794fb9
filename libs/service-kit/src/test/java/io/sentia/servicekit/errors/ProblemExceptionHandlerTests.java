package io.sentia.servicekit.errors;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import io.sentia.servicekit.security.Role;
import io.sentia.servicekit.testapp.Http;
import io.sentia.servicekit.testapp.ServiceKitTestSupport;
import io.sentia.testkit.security.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Every error a service answers is problem+json with a stable type, a title and, for bad
 * input, the fields to fix.
 */
class ProblemExceptionHandlerTests extends ServiceKitTestSupport {

	private static final String TENANT = "5e471a00-0000-4000-8000-000000000001";

	@Test
	void listsEveryInvalidFieldOfAValidatedBody() {
		HttpResponse<String> response = http().post("/test/orders",
				"{\"sku\":\" \",\"quantity\":0,\"price\":1.50,\"lines\":[{\"sku\":\"\"}]}");

		JsonNode problem = problem(response, 400, "validation");
		assertThat(problem.get("title").asString()).isEqualTo("Validation failed");
		assertThat(problem.get("detail").asString()).isEqualTo("3 fields are invalid.");
		assertThat(problem.get("instance").asString()).isEqualTo("/test/orders");
		assertThat(fields(problem)).containsExactlyInAnyOrder("sku", "quantity", "lines[0].sku");
		assertThat(problem.get("errors").findValuesAsString("message")).allSatisfy((m) -> assertThat(m).isNotBlank());
	}

	@Test
	void namesTheMissingRequestParameter() {
		JsonNode problem = problem(http().get("/test/orders"), 400, "invalid-parameter");

		assertThat(fields(problem)).containsExactly("limit");
		assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo("is required");
	}

	@Test
	void saysWhatTypeAMalformedParameterMustHave() {
		JsonNode problem = problem(http().get("/test/orders?limit=ten"), 400, "invalid-parameter");

		assertThat(fields(problem)).containsExactly("limit");
		assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo("must be an integer");
		assertThat(problem.get("detail").asString()).doesNotContain("java.");
	}

	@Test
	void answersAParameterFailingMethodValidationAsAnInvalidParameter() {
		JsonNode problem = problem(http().get("/test/orders/page?size=500"), 400, "invalid-parameter");

		assertThat(problem.get("title").asString()).isEqualTo("Invalid request parameter");
		assertThat(fields(problem)).containsExactly("size");
		assertThat(problem.get("detail").asString()).isEqualTo("Parameter 'size' must be less than or equal to 100.");
	}

	@Test
	void answersAParameterAServiceRefusedLikeOneSpringRefused() {
		JsonNode refused = problem(http().post("/test/orders/checked?limit=500", "{\"sku\":\"A\",\"quantity\":1}"), 400,
				"invalid-parameter");
		JsonNode malformed = problem(http().get("/test/orders?limit=ten"), 400, "invalid-parameter");

		assertThat(refused.propertyNames()).containsExactlyInAnyOrderElementsOf(malformed.propertyNames());
		assertThat(refused.get("title")).isEqualTo(malformed.get("title"));
		assertThat(fields(refused)).containsExactly("limit");
		assertThat(refused.get("errors").get(0).get("message").asString()).isEqualTo("must be at most 100");
		assertThat(refused.get("detail").asString()).isEqualTo("Parameter 'limit' must be at most 100.");
	}

	@Test
	void answersABodyFieldAServiceRefusedLikeBeanValidation() {
		JsonNode refused = problem(
				http().post("/test/orders/checked", "{\"sku\":\"A\",\"quantity\":1,\"lines\":[{},{}]}"), 400,
				"validation");
		JsonNode validated = problem(http().post("/test/orders", "{\"sku\":\" \",\"quantity\":1,\"price\":1}"), 400,
				"validation");

		assertThat(refused.propertyNames()).containsExactlyInAnyOrderElementsOf(validated.propertyNames());
		assertThat(refused.get("title")).isEqualTo(validated.get("title"));
		assertThat(refused.get("errors").get(0).propertyNames())
			.containsExactlyInAnyOrderElementsOf(validated.get("errors").get(0).propertyNames());
		assertThat(fields(refused)).containsExactly("lines[1].sku");
		assertThat(refused.get("detail").asString())
			.isEqualTo("Field 'lines[1].sku' must be left out: one line per order.");
	}

	@Test
	void listsEveryBodyFieldAServiceRefusedAtOnce() {
		JsonNode problem = problem(http().post("/test/orders/checked", "{\"sku\":\"A\",\"quantity\":5000}"), 400,
				"validation");

		assertThat(fields(problem)).containsExactly("quantity", "price");
		assertThat(problem.get("detail").asString()).isEqualTo("2 fields are invalid.");
	}

	@Test
	void refusesToHideFieldErrorsInAnotherMember() {
		ApiProblemException problem = ApiProblemException.conflict("Taken.");

		assertThatIllegalArgumentException().isThrownBy(() -> problem.with("errors", List.of()));
		assertThat(problem.withError("account", "is taken").toProblemDetail().getProperties()).containsEntry("errors",
				List.of(new InvalidField("account", "is taken")));
	}

	@Test
	void rejectsABodyThatIsNotJson() {
		JsonNode problem = problem(http().post("/test/orders", "{\"sku\": "), 400, "unreadable-body");

		assertThat(problem.get("detail").asString()).isEqualTo("The request body is not well-formed JSON.");
	}

	@Test
	void pointsAtTheBodyFieldOfTheWrongType() {
		JsonNode problem = problem(
				http().post("/test/orders", "{\"sku\":\"A\",\"quantity\":\"many\",\"price\":1,\"orderedAt\":\"x\"}"),
				400, "unreadable-body");

		assertThat(fields(problem)).containsExactly("quantity");
		assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo("must be an integer");
	}

	@Test
	void answersUnknownRoutesWith404Problem() {
		JsonNode problem = problem(http().withBearer(TestTokens.user(TENANT, Role.VIEWER)).get("/no/such/route"), 404,
				"not-found");

		assertThat(problem.get("detail").asString()).isEqualTo("No endpoint GET /no/such/route.");
	}

	@Test
	void answersAWrongMethodWith405Problem() {
		HttpResponse<String> response = http().post("/test/orders/page?size=1", "{}");

		problem(response, 405, "method-not-allowed");
		assertThat(response.headers().firstValue("Allow"))
			.hasValueSatisfying((allow) -> assertThat(allow).contains("GET"));
	}

	@Test
	void answersAServiceRaisedProblemWithItsOwnType() {
		JsonNode problem = problem(http().post("/test/orders/5e471a00-0000-4000-8000-000000000042/cancel", "{}"), 409,
				"order-already-cancelled");

		assertThat(problem.get("title").asString()).isEqualTo("Order already cancelled");
		assertThat(problem.get("orderId").asString()).isEqualTo("5e471a00-0000-4000-8000-000000000042");
	}

	@Test
	void answersNotFoundRaisedByAService() {
		JsonNode problem = problem(http().get("/test/orders/5e471a00-0000-4000-8000-000000000042"), 404, "not-found");

		assertThat(problem.get("detail").asString()).contains("No order 5e471a00-0000-4000-8000-000000000042");
	}

	@Test
	void hidesTheCauseOfAnUnexpectedErrorButQuotesTheTraceId() {
		HttpResponse<String> response = http().get("/test/orders/boom");

		JsonNode problem = problem(response, 500, "internal");
		assertThat(problem.get("detail").asString()).isEqualTo(ProblemExceptionHandler.INTERNAL_DETAIL);
		assertThat(problem.get("traceId").asString()).matches("[0-9a-f]{32}");
		assertThat(response.body()).doesNotContain("hunter2", "IllegalStateException", "at io.sentia", "trace\":");
	}

	@Test
	void answersErrorsOutsideControllersAsProblemToo() {
		HttpResponse<String> response = http().get("/test/filter-failure");

		JsonNode problem = problem(response, 500, "internal");
		assertThat(problem.get("instance").asString()).isEqualTo("/test/filter-failure");
		assertThat(response.body()).doesNotContain("hunter2", "IllegalStateException", "exception");
	}

	private static JsonNode problem(HttpResponse<String> response, int status, String type) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = Http.json(response);
		assertThat(problem.get("type").asString()).isEqualTo(ProblemType.BASE_URI + type);
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("title").asString()).isNotBlank();
		return problem;
	}

	private static List<String> fields(JsonNode problem) {
		List<String> fields = new ArrayList<>();
		problem.get("errors").forEach((error) -> fields.add(error.get("field").asString()));
		return fields;
	}

}
