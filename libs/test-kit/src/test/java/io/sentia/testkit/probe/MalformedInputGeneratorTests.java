package io.sentia.testkit.probe;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MalformedInputGeneratorTests {

	static final String DOCUMENT = """
			{
			  "openapi": "3.1.0",
			  "paths": {
			    "/api/things/{thingId}/lines": {
			      "parameters": [{"name": "thingId", "in": "path", "required": true,
			                      "schema": {"type": "string", "format": "uuid"}}],
			      "post": {
			        "parameters": [{"name": "limit", "in": "query", "required": true,
			                        "schema": {"type": "integer", "format": "int32"}},
			                       {"name": "dryRun", "in": "query", "schema": {"type": "boolean"}}],
			        "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Line"}}}}
			      }
			    },
			    "/api/things": {
			      "get": {
			        "parameters": [{"name": "from", "in": "query", "required": true,
			                        "schema": {"type": "string", "format": "date"}},
			                       {"name": "status", "in": "query", "schema": {"type": "string", "enum": ["open", "closed"]}}]
			      }
			    },
			    "/api/things:batch": {
			      "post": {}
			    }
			  },
			  "components": {
			    "schemas": {
			      "Line": {
			        "type": "object",
			        "properties": {
			          "sku": {"type": "string", "example": "GIN-70"},
			          "quantity": {"type": "integer"},
			          "price": {"type": "number"},
			          "gift": {"type": "boolean"},
			          "tags": {"type": "array", "items": {"$ref": "#/components/schemas/Tag"}}
			        }
			      },
			      "Tag": {"type": "object", "properties": {"name": {"type": "string"}}}
			    }
			  }
			}
			""";

	private final JsonMapper mapper = JsonMapper.builder().build();

	private final List<ProbeRequest> requests = generator(60).requests();

	@Test
	void producesEveryCategoryOfMalformedInput() {
		Set<InputCategory> categories = this.requests.stream()
			.map(ProbeRequest::category)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(InputCategory.class)));

		assertThat(categories).containsExactlyInAnyOrder(InputCategory.values());
	}

	@Test
	void readsOperationsWithPathLevelParametersAndReferencedBodies() {
		List<MalformedInputGenerator.Operation> operations = generator(60).operations();

		assertThat(operations).extracting(Object::toString)
			.containsExactly("POST /api/things/{thingId}/lines", "GET /api/things", "POST /api/things:batch");
		assertThat(operations.getFirst().parameters()).extracting(MalformedInputGenerator.Parameter::name)
			.containsExactly("thingId", "limit", "dryRun");
		assertThat(operations.getFirst().bodySchema().path("properties").has("quantity")).isTrue();
	}

	@Test
	void fillsTheOtherPartsOfARequestWithPlausibleValues() {
		ProbeRequest request = only("POST /api/things/{thingId}/lines", InputCategory.PARAMETER_EMPTY, "query limit=");

		String thingId = request.target().split("/")[3];
		assertThat(UUID.fromString(thingId)).isNotNull();
		assertThat(request.target()).endsWith("/lines?limit=");
		ProbeRequest dateFuzzed = only("GET /api/things", InputCategory.PARAMETER_WRONG_TYPE, "query from=2026-13-45");
		assertThat(dateFuzzed.target()).isEqualTo("/api/things?from=2026-13-45");
		ProbeRequest statusFuzzed = only("GET /api/things", InputCategory.PARAMETER_NUL, "query status=%00");
		assertThat(statusFuzzed.target()).isEqualTo("/api/things?from=2026-01-05&status=%00");
	}

	@Test
	void leavesOutRequiredQueryParametersOneAtATime() {
		ProbeRequest missing = only("GET /api/things", InputCategory.PARAMETER_MISSING, "query from left out");

		assertThat(missing.target()).isEqualTo("/api/things");
	}

	@Test
	void sendsEachWrongTypeInAnOtherwisePlausibleBody() {
		ProbeRequest quantity = only("POST /api/things/{thingId}/lines", InputCategory.WRONG_TYPE_PROPERTY,
				"body quantity=\"x\"");
		JsonNode body = this.mapper.readTree(quantity.body());

		assertThat(body.get("quantity").asString()).isEqualTo("x");
		assertThat(body.get("sku").asString()).isEqualTo("GIN-70");
		assertThat(body.get("tags").get(0).get("name").isString()).isTrue();
		assertThat(inputs("POST /api/things/{thingId}/lines", InputCategory.WRONG_TYPE_PROPERTY))
			.contains("body tags[0].name={}", "body tags={}", "body gift=\"x\"", "body sku=[1]");
		assertThat(inputs("POST /api/things/{thingId}/lines", InputCategory.HUGE_NUMBER)).contains("1e400",
				"body quantity=99999999999999999999999", "body price=1E+400");
	}

	@Test
	void nestsTenThousandLevelsDeep() {
		ProbeRequest arrays = only("POST /api/things:batch", InputCategory.DEEP_NESTING, "10000 nested arrays");

		String body = new String(arrays.body(), StandardCharsets.UTF_8);
		assertThat(body).hasSize(20_000).startsWith("[[[").endsWith("]]]");
	}

	@Test
	void sendsBytesThatAreNotUtf8() {
		ProbeRequest invalid = this.requests.stream()
			.filter((request) -> request.category() == InputCategory.INVALID_UTF8)
			.findFirst()
			.orElseThrow();

		assertThat(invalid.headers()).containsEntry("Content-Type", "application/json;charset=UTF-8");
		assertThatExceptionOfType(CharacterCodingException.class)
			.isThrownBy(() -> StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(invalid.body())));
	}

	@Test
	void sendsBodiesToPostOperationsThatDocumentNone() {
		assertThat(inputs("POST /api/things:batch", InputCategory.NULL_BODY)).containsExactly("null");
		assertThat(inputs("POST /api/things:batch", InputCategory.WRONG_CONTENT_TYPE))
			.contains("Content-Type: text/plain", "Content-Type: application/json;charset=no-such-charset");
		assertThat(inputs("GET /api/things", InputCategory.NULL_BODY)).isEmpty();
	}

	@Test
	void encodesParametersBadlyOnPurpose() {
		assertThat(inputs("POST /api/things/{thingId}/lines", InputCategory.PARAMETER_INVALID_ENCODING))
			.contains("path thingId=%zz", "path thingId=%", "query limit=%C3%28");
		ProbeRequest longValue = this.requests.stream()
			.filter((request) -> request.category() == InputCategory.PARAMETER_LONG)
			.findFirst()
			.orElseThrow();
		assertThat(longValue.target()).contains("a".repeat(MalformedInputGenerator.LONG_VALUE_LENGTH));
	}

	@Test
	void staysWithinTheCapPerOperation() {
		List<ProbeRequest> capped = generator(10).requests();

		assertThat(capped.stream().collect(Collectors.groupingBy(ProbeRequest::operation, Collectors.counting())))
			.allSatisfy((operation, count) -> assertThat(count).isLessThanOrEqualTo(10));
		assertThat(this.requests).hasSizeLessThan(200);
	}

	@Test
	void refusesADocumentThatIsNotOpenApi3() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new MalformedInputGenerator(this.mapper.readTree("{\"swagger\": \"2.0\"}"), 10));
	}

	private MalformedInputGenerator generator(int max) {
		return new MalformedInputGenerator(this.mapper.readTree(DOCUMENT), max);
	}

	private ProbeRequest only(String operation, InputCategory category, String input) {
		List<ProbeRequest> matching = this.requests.stream()
			.filter((request) -> request.operation().equals(operation) && request.category() == category
					&& request.input().equals(input))
			.toList();
		assertThat(matching).as("%s %s %s among %s", operation, category, input, this.requests).hasSize(1);
		return matching.getFirst();
	}

	private List<String> inputs(String operation, InputCategory category) {
		return this.requests.stream()
			.filter((request) -> request.operation().equals(operation) && request.category() == category)
			.map(ProbeRequest::input)
			.toList();
	}

}
