package io.sentia.testkit.probe;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns an OpenAPI 3 document into malformed requests, one list per operation: bad bodies
 * for operations that may take one, bad values for each path and query parameter, each
 * inside an otherwise plausible request (other parameters from their example, default,
 * first enum value, or a value of their type and format) so it reaches the code that
 * reads it.
 */
final class MalformedInputGenerator {

	/** Levels of nesting in the deep-nesting bodies. */
	static final int NESTING_DEPTH = 10_000;

	/** Length of the long parameter values: past any real value, below Tomcat's limit. */
	static final int LONG_VALUE_LENGTH = 4_000;

	private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

	private static final Set<String> BODY_METHODS = Set.of("PUT", "POST", "PATCH");

	private static final String JSON = "application/json";

	private static final int MAX_SCHEMA_DEPTH = 6;

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final JsonNode document;

	private final int maxRequestsPerOperation;

	MalformedInputGenerator(JsonNode document, int maxRequestsPerOperation) {
		if (!document.path("openapi").asString("").startsWith("3")) {
			throw new IllegalArgumentException("Not an OpenAPI 3 document (no \"openapi\": \"3.x\" member)");
		}
		this.document = document;
		this.maxRequestsPerOperation = maxRequestsPerOperation;
	}

	/**
	 * The document's operations in document order.
	 * @return the operations
	 */
	List<Operation> operations() {
		List<Operation> operations = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : this.document.path("paths").properties()) {
			JsonNode pathItem = resolve(path.getValue());
			for (Map.Entry<String, JsonNode> entry : pathItem.properties()) {
				if (!METHODS.contains(entry.getKey())) {
					continue;
				}
				JsonNode operation = resolve(entry.getValue());
				Map<String, Parameter> parameters = new LinkedHashMap<>();
				addParameters(parameters, pathItem.path("parameters"));
				addParameters(parameters, operation.path("parameters"));
				operations.add(new Operation(entry.getKey().toUpperCase(Locale.ROOT), path.getKey(),
						List.copyOf(parameters.values()), bodySchema(operation.path("requestBody"))));
			}
		}
		return operations;
	}

	/**
	 * Every malformed request for every operation.
	 * @return the requests, operation by operation
	 */
	List<ProbeRequest> requests() {
		List<ProbeRequest> requests = new ArrayList<>();
		for (Operation operation : operations()) {
			requests.addAll(requests(operation));
		}
		return requests;
	}

	/**
	 * The malformed requests for one operation, at most the configured number: whole-body
	 * and parameter inputs first, then one property at a time.
	 * @param operation the operation
	 * @return the requests
	 */
	List<ProbeRequest> requests(Operation operation) {
		List<ProbeRequest> requests = new ArrayList<>();
		for (Parameter parameter : operation.parameters()) {
			if (parameter.in().equals("path") || parameter.in().equals("query")) {
				parameterRequests(operation, parameter, requests);
			}
		}
		if (operation.bodySchema() != null || BODY_METHODS.contains(operation.method())) {
			bodyRequests(operation, requests);
		}
		return (requests.size() > this.maxRequestsPerOperation) ? requests.subList(0, this.maxRequestsPerOperation)
				: requests;
	}

	private void parameterRequests(Operation operation, Parameter parameter, List<ProbeRequest> requests) {
		JsonNode schema = parameter.schema();
		String type = schema.path("type").asString("string");
		String format = schema.path("format").asString("");
		List<String> wrongTypes = new ArrayList<>();
		if (type.equals("integer")) {
			wrongTypes.add("x");
			wrongTypes.add("1.5");
		}
		else if (type.equals("number")) {
			wrongTypes.add("x");
		}
		else if (type.equals("boolean")) {
			wrongTypes.add("maybe");
		}
		else if (format.equals("uuid")) {
			wrongTypes.add("not-a-uuid");
		}
		else if (format.equals("date")) {
			wrongTypes.add("2026-13-45");
		}
		else if (format.equals("date-time")) {
			wrongTypes.add("yesterday");
		}
		else if (schema.has("enum")) {
			wrongTypes.add("no-such-value");
		}
		else if (type.equals("array")) {
			wrongTypes.add("%5B%7B%7D%5D");
		}
		else {
			wrongTypes.add("%7B%22a%22%3A1%7D");
		}
		for (String value : wrongTypes) {
			requests.add(withParameter(operation, parameter, value, InputCategory.PARAMETER_WRONG_TYPE));
		}
		for (String value : List.of("99999999999999999999999", "1e400", "-99999999999999999999999")) {
			requests.add(withParameter(operation, parameter, value, InputCategory.PARAMETER_HUGE_NUMBER));
		}
		requests.add(withParameter(operation, parameter, "", InputCategory.PARAMETER_EMPTY));
		requests.add(withParameter(operation, parameter, "a".repeat(LONG_VALUE_LENGTH), InputCategory.PARAMETER_LONG));
		requests.add(withParameter(operation, parameter, "%00", InputCategory.PARAMETER_NUL));
		for (String value : List.of("%zz", "%", "%C3%28")) {
			requests.add(withParameter(operation, parameter, value, InputCategory.PARAMETER_INVALID_ENCODING));
		}
		if (parameter.in().equals("query") && parameter.required()) {
			requests.add(new ProbeRequest(operation.toString(), operation.method(), target(operation, parameter, null),
					Map.of(), null, InputCategory.PARAMETER_MISSING, "query " + parameter.name() + " left out"));
		}
	}

	private ProbeRequest withParameter(Operation operation, Parameter parameter, String rawValue,
			InputCategory category) {
		String shown = (rawValue.length() > 40) ? rawValue.substring(0, 20) + "…(" + rawValue.length() + " chars)"
				: rawValue;
		return new ProbeRequest(operation.toString(), operation.method(), target(operation, parameter, rawValue),
				Map.of(), null, category, parameter.in() + " " + parameter.name() + "=" + shown);
	}

	/**
	 * The request target with plausible values everywhere but in {@code fuzzed}, which
	 * gets {@code rawValue} as is (or is left out if it is {@code null}).
	 */
	private String target(Operation operation, @Nullable Parameter fuzzed, @Nullable String rawValue) {
		String path = operation.path();
		StringBuilder query = new StringBuilder();
		for (Parameter parameter : operation.parameters()) {
			boolean isFuzzed = parameter.equals(fuzzed);
			String value = isFuzzed ? rawValue : encode(plausible(parameter.schema(), parameter.example()));
			if (parameter.in().equals("path")) {
				path = path.replace("{" + parameter.name() + "}", (value != null) ? value : "");
			}
			else if (parameter.in().equals("query") && value != null && (parameter.required() || isFuzzed)) {
				query.append(query.isEmpty() ? "?" : "&").append(encode(parameter.name())).append('=').append(value);
			}
		}
		return path + query;
	}

	private void bodyRequests(Operation operation, List<ProbeRequest> requests) {
		JsonNode schema = operation.bodySchema();
		JsonNode plausible = (schema != null) ? plausibleJson(schema, 0) : NODES.objectNode();
		byte[] plausibleBytes = MAPPER.writeValueAsBytes(plausible);
		body(operation, requests, InputCategory.NULL_BODY, "null", "null");
		body(operation, requests, InputCategory.ARRAY_BODY, "[]", "[]");
		body(operation, requests, InputCategory.STRING_BODY, "\"x\"", "\"x\"");
		body(operation, requests, InputCategory.MALFORMED_JSON, "{\"a\":", "{\"a\": (truncated)");
		body(operation, requests, InputCategory.EMPTY_BODY, "", "empty body");
		body(operation, requests, InputCategory.DEEP_NESTING, "[".repeat(NESTING_DEPTH) + "]".repeat(NESTING_DEPTH),
				NESTING_DEPTH + " nested arrays");
		body(operation, requests, InputCategory.DEEP_NESTING,
				"{\"a\":".repeat(NESTING_DEPTH) + "1" + "}".repeat(NESTING_DEPTH), NESTING_DEPTH + " nested objects");
		body(operation, requests, InputCategory.HUGE_NUMBER, "1e400", "1e400");
		byte[] invalidUtf8 = concat("{\"a\":\"".getBytes(StandardCharsets.US_ASCII),
				new byte[] { (byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE }, "\"}".getBytes(StandardCharsets.US_ASCII));
		requests.add(new ProbeRequest(operation.toString(), operation.method(), target(operation, null, null),
				Map.of("Content-Type", JSON + ";charset=UTF-8"), invalidUtf8, InputCategory.INVALID_UTF8,
				"bytes C3 28 FF FE in a JSON string"));
		for (String contentType : List.of("text/plain", "application/xml", JSON + ";charset=no-such-charset",
				"not a media type", "application/x-www-form-urlencoded")) {
			requests.add(new ProbeRequest(operation.toString(), operation.method(), target(operation, null, null),
					Map.of("Content-Type", contentType), plausibleBytes, InputCategory.WRONG_CONTENT_TYPE,
					"Content-Type: " + contentType));
		}
		if (plausible instanceof ObjectNode || plausible instanceof ArrayNode) {
			propertyRequests(operation, schema, plausible, requests);
		}
	}

	/**
	 * One request per property and wrong value, each with the rest of the body plausible;
	 * properties of nested objects and array items too.
	 */
	private void propertyRequests(Operation operation, @Nullable JsonNode schema, JsonNode plausible,
			List<ProbeRequest> requests) {
		List<PropertyPath> paths = new ArrayList<>();
		collectProperties(schema, new ArrayList<>(), paths, 0);
		for (PropertyPath path : paths) {
			for (JsonNode wrong : wrongValues(path.schema())) {
				JsonNode body = replace(plausible.deepCopy(), path.steps(), wrong);
				requests.add(new ProbeRequest(operation.toString(), operation.method(), target(operation, null, null),
						Map.of("Content-Type", JSON), MAPPER.writeValueAsBytes(body),
						(wrong.isNumber() && isNumeric(path.schema())) ? InputCategory.HUGE_NUMBER
								: InputCategory.WRONG_TYPE_PROPERTY,
						"body " + path + "=" + abbreviate(wrong.toString())));
			}
		}
	}

	private void collectProperties(@Nullable JsonNode schema, List<Object> steps, List<PropertyPath> paths, int depth) {
		if (schema == null || depth > 2) {
			return;
		}
		JsonNode resolved = effective(schema);
		if (resolved.path("type").asString("").equals("array") || resolved.has("items")) {
			List<Object> item = new ArrayList<>(steps);
			item.add(0);
			collectProperties(resolved.path("items"), item, paths, depth + 1);
			return;
		}
		for (Map.Entry<String, JsonNode> property : resolved.path("properties").properties()) {
			List<Object> next = new ArrayList<>(steps);
			next.add(property.getKey());
			JsonNode propertySchema = effective(property.getValue());
			paths.add(new PropertyPath(List.copyOf(next), propertySchema));
			collectProperties(propertySchema, next, paths, depth + 1);
		}
	}

	private static List<JsonNode> wrongValues(JsonNode schema) {
		String type = schema.path("type").asString("");
		return switch (type) {
			case "integer", "number" ->
				List.of(NODES.stringNode("x"), MAPPER.readTree("99999999999999999999999"), hugeDecimal());
			case "boolean" -> List.of(NODES.stringNode("x"), NODES.objectNode());
			case "array" -> List.of(NODES.stringNode("x"), NODES.objectNode());
			case "object" -> List.of(NODES.stringNode("x"), NODES.arrayNode());
			default -> List.of(NODES.objectNode(), NODES.arrayNode().add(1));
		};
	}

	/** 1e400 as a JSON number token: beyond any double. */
	private static JsonNode hugeDecimal() {
		return NODES.numberNode(new BigDecimal("1e400"));
	}

	private static boolean isNumeric(JsonNode schema) {
		String type = schema.path("type").asString("");
		return type.equals("integer") || type.equals("number");
	}

	private static JsonNode replace(JsonNode root, List<Object> steps, JsonNode value) {
		JsonNode parent = root;
		for (int i = 0; i < steps.size() - 1; i++) {
			Object step = steps.get(i);
			parent = (step instanceof Integer index) ? parent.path(index) : parent.path((String) step);
		}
		Object last = steps.getLast();
		if (parent instanceof ObjectNode object && last instanceof String name) {
			object.set(name, value);
		}
		else if (parent instanceof ArrayNode array && last instanceof Integer index && index < array.size()) {
			array.set(index, value);
		}
		return root;
	}

	private void body(Operation operation, List<ProbeRequest> requests, InputCategory category, String body,
			String input) {
		requests.add(new ProbeRequest(operation.toString(), operation.method(), target(operation, null, null),
				Map.of("Content-Type", JSON), body.getBytes(StandardCharsets.UTF_8), category, input));
	}

	/** A value the schema accepts, as far as a schema can tell. */
	private JsonNode plausibleJson(JsonNode schema, int depth) {
		JsonNode resolved = effective(schema);
		if (resolved.has("example")) {
			return resolved.get("example");
		}
		if (resolved.has("default")) {
			return resolved.get("default");
		}
		if (resolved.has("enum") && !resolved.get("enum").isEmpty()) {
			return resolved.get("enum").get(0);
		}
		String type = resolved.path("type").asString(resolved.has("properties") ? "object" : "string");
		switch (type) {
			case "object" -> {
				ObjectNode object = NODES.objectNode();
				if (depth < MAX_SCHEMA_DEPTH) {
					for (Map.Entry<String, JsonNode> property : resolved.path("properties").properties()) {
						object.set(property.getKey(), plausibleJson(property.getValue(), depth + 1));
					}
				}
				return object;
			}
			case "array" -> {
				ArrayNode array = NODES.arrayNode();
				if (depth < MAX_SCHEMA_DEPTH && resolved.has("items")) {
					array.add(plausibleJson(resolved.get("items"), depth + 1));
				}
				return array;
			}
			case "integer", "number" -> {
				return NODES.numberNode(resolved.path("minimum").asInt(1));
			}
			case "boolean" -> {
				return NODES.booleanNode(true);
			}
			default -> {
				return NODES.stringNode(plausible(resolved, null));
			}
		}
	}

	/** A plausible parameter or string value, not yet percent-encoded. */
	private String plausible(JsonNode schema, @Nullable JsonNode example) {
		JsonNode resolved = effective(schema);
		if (example != null && !example.isMissingNode() && !example.isNull()) {
			return example.isValueNode() ? example.asString() : example.toString();
		}
		for (String member : List.of("example", "default")) {
			if (resolved.has(member) && resolved.get(member).isValueNode()) {
				return resolved.get(member).asString();
			}
		}
		if (resolved.has("enum") && !resolved.get("enum").isEmpty()) {
			return resolved.get("enum").get(0).asString();
		}
		String type = resolved.path("type").asString("string");
		return switch (type) {
			case "integer", "number" -> String.valueOf(resolved.path("minimum").asInt(1));
			case "boolean" -> "true";
			case "array" -> plausible(resolved.path("items"), null);
			default -> switch (resolved.path("format").asString("")) {
				case "uuid" -> UUID.randomUUID().toString();
				case "date" -> "2026-01-05";
				case "date-time" -> "2026-01-05T00:00:00Z";
				default -> "1";
			};
		};
	}

	private void addParameters(Map<String, Parameter> parameters, JsonNode list) {
		for (JsonNode node : list) {
			JsonNode parameter = resolve(node);
			String name = parameter.path("name").asString("");
			String in = parameter.path("in").asString("");
			if (name.isEmpty() || in.isEmpty()) {
				continue;
			}
			JsonNode example = parameter.has("example") ? parameter.get("example") : null;
			parameters.put(in + ":" + name,
					new Parameter(name, in, parameter.path("required").asBoolean(in.equals("path")),
							effective(parameter.path("schema")), example));
		}
	}

	private @Nullable JsonNode bodySchema(JsonNode requestBody) {
		JsonNode content = resolve(requestBody).path("content");
		for (String mediaType : List.of(JSON, "*/*")) {
			if (content.has(mediaType)) {
				return effective(content.get(mediaType).path("schema"));
			}
		}
		for (Map.Entry<String, JsonNode> entry : content.properties()) {
			if (entry.getKey().contains("json")) {
				return effective(entry.getValue().path("schema"));
			}
		}
		return null;
	}

	/** Follows {@code $ref}s and merges {@code allOf}; takes the first of oneOf/anyOf. */
	private JsonNode effective(JsonNode schema) {
		JsonNode resolved = resolve(schema);
		if (resolved.has("allOf")) {
			ObjectNode merged = NODES.objectNode();
			ObjectNode properties = NODES.objectNode();
			for (JsonNode part : resolved.get("allOf")) {
				JsonNode partResolved = effective(part);
				partResolved.properties().forEach((entry) -> {
					if (!entry.getKey().equals("properties")) {
						merged.set(entry.getKey(), entry.getValue());
					}
				});
				partResolved.path("properties").properties().forEach((p) -> properties.set(p.getKey(), p.getValue()));
			}
			merged.set("type", NODES.stringNode("object"));
			merged.set("properties", properties);
			return merged;
		}
		for (String choice : List.of("oneOf", "anyOf")) {
			if (resolved.has(choice) && !resolved.get(choice).isEmpty()) {
				return effective(resolved.get(choice).get(0));
			}
		}
		return resolved;
	}

	private JsonNode resolve(JsonNode node) {
		JsonNode current = node;
		for (int hops = 0; hops < 20 && current.has("$ref"); hops++) {
			String ref = current.get("$ref").asString();
			if (!ref.startsWith("#/")) {
				return NODES.objectNode();
			}
			current = this.document.at(ref.substring(1));
		}
		return current;
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static String abbreviate(String text) {
		return (text.length() > 60) ? text.substring(0, 60) + "…" : text;
	}

	private static byte[] concat(byte[]... parts) {
		int length = 0;
		for (byte[] part : parts) {
			length += part.length;
		}
		byte[] all = new byte[length];
		int at = 0;
		for (byte[] part : parts) {
			System.arraycopy(part, 0, all, at, part.length);
			at += part.length;
		}
		return all;
	}

	/**
	 * One operation of the document.
	 *
	 * @param method upper-case HTTP method
	 * @param path the path template, e.g. {@code /api/things/{id}}
	 * @param parameters path, query and header parameters
	 * @param bodySchema the JSON body's schema, if the document declares one
	 */
	record Operation(String method, String path, List<Parameter> parameters, @Nullable JsonNode bodySchema) {

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

	/**
	 * One parameter of an operation.
	 *
	 * @param name its name
	 * @param in {@code path}, {@code query}, {@code header} or {@code cookie}
	 * @param required whether the operation needs it
	 * @param schema its schema, references resolved
	 * @param example the parameter's own example, if any
	 */
	record Parameter(String name, String in, boolean required, JsonNode schema, @Nullable JsonNode example) {

	}

	/** A body property, as steps (names and array indexes) from the root. */
	private record PropertyPath(List<Object> steps, JsonNode schema) {

		@Override
		public String toString() {
			StringBuilder path = new StringBuilder();
			for (Object step : this.steps) {
				if (step instanceof Integer index) {
					path.append('[').append(index).append(']');
				}
				else {
					path.append(path.isEmpty() ? "" : ".").append(step);
				}
			}
			return path.toString();
		}

	}

}
