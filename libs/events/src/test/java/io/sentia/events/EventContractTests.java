package io.sentia.events;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each event record and its JSON Schema describe the same payload, and a payload written
 * by the record reads back as the same event.
 */
class EventContractTests {

	static Stream<SentiaEvent> samples() {
		return EventSamples.all().stream();
	}

	@Test
	void samplesCoverEveryEventTypeOnce() {
		assertThat(EventSamples.all()).extracting(SentiaEvent::eventType)
			.containsExactlyInAnyOrderElementsOf(EventCatalogue.all().stream().map(EventType::type).toList());
	}

	@ParameterizedTest
	@MethodSource("samples")
	void serialisedEventValidatesAgainstItsSchema(SentiaEvent event) {
		String json = EventSchemas.MAPPER.writeValueAsString(event);

		assertThat(EventSchemas.validate(EventSchemas.typeOf(event), json)).as(json).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("samples")
	void serialisedEventReadsBackEqual(SentiaEvent event) {
		String json = EventSchemas.MAPPER.writeValueAsString(event);

		assertThat(EventSchemas.MAPPER.readValue(json, event.getClass())).isEqualTo(event);
	}

	@ParameterizedTest
	@MethodSource("samples")
	void routingFactsAreNotPartOfThePayload(SentiaEvent event) {
		JsonNode json = EventSchemas.MAPPER.valueToTree(event);

		assertThat(json.propertyNames()).doesNotContain("entityId", "eventType", "topic", "key").contains("tenantId");
	}

	@ParameterizedTest
	@MethodSource("samples")
	void eventAnnouncesTheTypeAndTopicTheCatalogueListsForIt(SentiaEvent event) {
		EventType type = EventSchemas.typeOf(event);

		assertThat(type.javaType()).isEqualTo(event.getClass());
		assertThat(event.topic()).isEqualTo(type.topic());
		assertThat(event.key()).isEqualTo(event.tenantId() + ":" + event.entityId());
	}

	@ParameterizedTest
	@MethodSource("samples")
	void schemaDescribesExactlyTheRecordComponents(SentiaEvent event) {
		EventType type = EventSchemas.typeOf(event);
		JsonNode schema = EventSchemas.forType(type).getSchemaNode();

		for (Class<?> record : recordsReachableFrom(event.getClass())) {
			JsonNode definition = definitionOf(record, schema, event.getClass());
			List<String> components = Stream.of(record.getRecordComponents()).map(RecordComponent::getName).toList();
			assertThat(definition.get("properties").propertyNames()).as(record.getSimpleName())
				.containsExactlyInAnyOrderElementsOf(components);
			assertThat(definition.get("additionalProperties").asBoolean(true)).as(record.getSimpleName()).isFalse();
			List<String> required = new ArrayList<>();
			definition.get("required").forEach((name) -> required.add(name.asString()));
			assertThat(components).as(record.getSimpleName()).containsAll(required);
			Stream.of(record.getRecordComponents())
				.filter((component) -> component.getType().isPrimitive())
				.forEach((component) -> assertThat(required).as(record.getSimpleName() + " primitive")
					.contains(component.getName()));
		}
	}

	private static JsonNode definitionOf(Class<?> record, JsonNode eventSchema, Class<?> eventClass) {
		if (record == eventClass) {
			return eventSchema;
		}
		JsonNode local = eventSchema.path("$defs").path(record.getSimpleName());
		if (!local.isMissingNode()) {
			return local;
		}
		return EventSchemas.byId(EventType.SCHEMA_ID_BASE + "common/" + record.getSimpleName() + ".json")
			.getSchemaNode();
	}

	private static Set<Class<?>> recordsReachableFrom(Class<?> root) {
		Set<Class<?>> found = new LinkedHashSet<>();
		collect(root, found);
		return found;
	}

	private static void collect(Type type, Set<Class<?>> found) {
		if (type instanceof ParameterizedType parameterized) {
			for (Type argument : parameterized.getActualTypeArguments()) {
				collect(argument, found);
			}
		}
		else if (type instanceof Class<?> cls && cls.isRecord() && found.add(cls)) {
			for (RecordComponent component : cls.getRecordComponents()) {
				collect(component.getGenericType(), found);
			}
		}
	}

}
