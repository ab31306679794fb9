package io.sentia.servicekit.errors;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Documents the one 400 of every operation that takes input: problem+json of kind
 * {@code invalid-parameter} or {@code validation}, both listing the fields to fix.
 * Written once here so no controller describes its 400s on its own.
 */
class BadInputResponses implements OpenApiCustomizer {

	static final String PROBLEM = "Problem";

	static final String INVALID_FIELD = "InvalidField";

	private static final String BAD_REQUEST = "400";

	@Override
	public void customise(OpenAPI openApi) {
		if (openApi.getPaths() == null) {
			return;
		}
		Components components = (openApi.getComponents() != null) ? openApi.getComponents() : new Components();
		openApi.setComponents(components);
		components.addSchemas(INVALID_FIELD, invalidField());
		components.addSchemas(PROBLEM, problem());
		openApi.getPaths()
			.values()
			.forEach((path) -> path.readOperations()
				.stream()
				.filter(BadInputResponses::takesInput)
				.forEach((operation) -> {
					ApiResponse response = operation.getResponses().get(BAD_REQUEST);
					if (response == null) {
						operation.getResponses().addApiResponse(BAD_REQUEST, badInput());
					}
					else if (response.getContent() == null) {
						response.setContent(content());
					}
				}));
	}

	private static boolean takesInput(Operation operation) {
		return operation.getResponses() != null && (operation.getRequestBody() != null
				|| (operation.getParameters() != null && !operation.getParameters().isEmpty()));
	}

	private static ApiResponse badInput() {
		return new ApiResponse()
			.description("Bad input: a parameter (type invalid-parameter) or a body field (type validation) to fix, "
					+ "each named in errors; unreadable-body when the body is not the JSON expected")
			.content(content());
	}

	private static Content content() {
		return new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))
					.examples(Map.of("invalid-parameter",
							example(ProblemType.INVALID_PARAMETER, "limit", "must be between 1 and 200",
									"Parameter 'limit' must be between 1 and 200."),
							"validation", example(ProblemType.VALIDATION, "lines[0].quantity", "must be greater than 0",
									"Field 'lines[0].quantity' must be greater than 0."))));
	}

	private static Example example(ProblemType type, String field, String message, String detail) {
		return new Example().summary(type.title())
			.value(Map.of("type", type.uri().toString(), "title", type.title(), "status", type.status().value(),
					"detail", detail, "instance", "/api/orders", "errors",
					List.of(Map.of("field", field, "message", message))));
	}

	private static Schema<?> problem() {
		return new ObjectSchema().description("RFC 9457 problem; clients switch on type")
			.addProperty("type", new StringSchema().format("uri").example(ProblemType.VALIDATION.uri().toString()))
			.addProperty("title", new StringSchema().description("the same for every problem of a type"))
			.addProperty("status", new IntegerSchema().example(400))
			.addProperty("detail", new StringSchema().description("what went wrong this time"))
			.addProperty("instance", new StringSchema().format("uri-reference"))
			.addProperty("errors",
					new ArraySchema().items(new Schema<>().$ref("#/components/schemas/" + INVALID_FIELD))
						.description("the inputs to fix, for bad input"))
			.required(List.of("type", "title", "status"));
	}

	private static Schema<?> invalidField() {
		return new ObjectSchema()
			.addProperty("field",
					new StringSchema().description("parameter, header or body field (JSON path) as sent")
						.example("lines[0].quantity"))
			.addProperty("message", new StringSchema().description("what to fix").example("must be greater than 0"))
			.required(List.of("field", "message"));
	}

}
