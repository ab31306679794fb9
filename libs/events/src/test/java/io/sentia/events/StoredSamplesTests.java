package io.sentia.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Payloads written by hand as v1 when the contract was made, kept under
 * {@code samples/v1/}. If a change to a record or schema breaks one of these, it breaks
 * messages already on the topics: make a v2 instead.
 */
class StoredSamplesTests {

	static Stream<EventType> eventTypes() {
		return EventCatalogue.all().stream();
	}

	@ParameterizedTest
	@MethodSource("eventTypes")
	void storedV1PayloadStillValidatesAgainstTheSchema(EventType type) {
		assertThat(EventSchemas.validate(type, storedSample(type))).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("eventTypes")
	void storedV1PayloadStillReadsWithoutLosingAnything(EventType type) {
		JsonNode stored = storedSample(type);

		SentiaEvent event = EventSchemas.MAPPER.treeToValue(stored, type.javaType());

		assertThat(event.tenantId()).isEqualTo(stored.get("tenantId").asString());
		assertContains(EventSchemas.MAPPER.valueToTree(event), stored, type.javaType().getSimpleName());
	}

	@ParameterizedTest
	@MethodSource("eventTypes")
	void payloadWithAFieldAddedLaterStillReads(EventType type) {
		ObjectNode newer = (ObjectNode) storedSample(type);
		newer.put("addedInV1Point1", "ignored by older readers");

		SentiaEvent event = EventSchemas.MAPPER.treeToValue(newer, type.javaType());

		assertThat(event).isEqualTo(EventSchemas.MAPPER.treeToValue(storedSample(type), type.javaType()));
	}

	private static JsonNode storedSample(EventType type) {
		String path = "/samples/v1/" + type.javaType().getSimpleName() + ".json";
		try (InputStream in = StoredSamplesTests.class.getResourceAsStream(path)) {
			if (in == null) {
				return fail("no stored v1 sample at " + path);
			}
			return EventSchemas.MAPPER.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every value in {@code expected} is in {@code actual}; numbers compare by value. */
	private static void assertContains(JsonNode actual, JsonNode expected, String path) {
		if (expected.isObject()) {
			assertThat(actual.isObject()).as(path).isTrue();
			Iterator<Map.Entry<String, JsonNode>> fields = expected.properties().iterator();
			while (fields.hasNext()) {
				Map.Entry<String, JsonNode> field = fields.next();
				assertThat(actual.has(field.getKey())).as(path + "." + field.getKey() + " kept").isTrue();
				assertContains(actual.get(field.getKey()), field.getValue(), path + "." + field.getKey());
			}
		}
		else if (expected.isArray()) {
			assertThat(actual.size()).as(path + " size").isEqualTo(expected.size());
			for (int i = 0; i < expected.size(); i++) {
				assertContains(actual.get(i), expected.get(i), path + "[" + i + "]");
			}
		}
		else if (expected.isNumber()) {
			assertThat(actual.isNumber()).as(path).isTrue();
			assertThat(actual.decimalValue()).as(path).isEqualByComparingTo(expected.decimalValue());
		}
		else {
			assertThat(actual).as(path).isEqualTo(expected);
		}
	}

}
