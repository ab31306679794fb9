package io.sentia.integrations.ingest;

import java.util.Locale;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Removes fields that look like secrets (tokens, passwords, keys, signatures) from a
 * payload before it is kept in quarantine.
 */
class PayloadRedactor {

	private static final Pattern SECRET = Pattern
		.compile(".*(token|secret|password|passwd|apikey|api_key|authorization|signature|credential).*");

	private final JsonMapper json;

	PayloadRedactor(JsonMapper json) {
		this.json = json;
	}

	String redact(String payload) {
		JsonNode tree;
		try {
			tree = this.json.readTree(payload);
		}
		catch (RuntimeException ex) {
			return payload;
		}
		strip(tree);
		return this.json.writeValueAsString(tree);
	}

	private void strip(JsonNode node) {
		if (node instanceof ObjectNode object) {
			object.propertyNames()
				.stream()
				.filter((name) -> SECRET.matcher(name.toLowerCase(Locale.ROOT)).matches())
				.toList()
				.forEach(object::remove);
			object.values().forEach(this::strip);
		}
		else if (node instanceof ArrayNode array) {
			array.values().forEach(this::strip);
		}
	}

}
