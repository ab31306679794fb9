package io.sentia.events;

import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the event schemas from the classpath by their {@code $id}, the way a non-Java
 * consumer would resolve them, with format assertions on so {@code date-time} is checked.
 */
final class EventSchemas {

	static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
			(builder) -> builder
				.schemaIdResolvers((resolvers) -> resolvers.mapPrefix(EventType.SCHEMA_ID_BASE, "classpath:schemas/"))
				.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

	private EventSchemas() {
	}

	static Schema forType(EventType type) {
		return REGISTRY.getSchema(SchemaLocation.of(type.schemaId()));
	}

	static Schema byId(String schemaId) {
		return REGISTRY.getSchema(SchemaLocation.of(schemaId));
	}

	static List<Error> validate(EventType type, String json) {
		return forType(type).validate(MAPPER.readTree(json));
	}

	static List<Error> validate(EventType type, JsonNode json) {
		return forType(type).validate(json);
	}

	static EventType typeOf(SentiaEvent event) {
		return EventCatalogue.find(event.eventType())
			.orElseThrow(() -> new AssertionError(event.eventType() + " is not in the catalogue"));
	}

}
