package io.sentia.events;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue, the records and the schema files name the same set of events. */
class EventCatalogueTests {

	private static final String COMMON = "common";

	@Test
	void everyEventTypeHasASchemaWithTheMatchingId() {
		for (EventType type : EventCatalogue.all()) {
			assertThat(getClass().getClassLoader().getResource(type.schemaPath())).as(type.schemaPath()).isNotNull();
			assertThat(EventSchemas.forType(type).getSchemaNode().get("$id").asString()).isEqualTo(type.schemaId());
		}
	}

	@Test
	void everySchemaBelongsToAnEventType() throws Exception {
		Set<String> catalogued = EventCatalogue.all().stream().map(EventType::schemaPath).collect(Collectors.toSet());

		assertThat(schemaFiles().stream().filter((path) -> !path.startsWith("schemas/" + COMMON + "/")))
			.containsExactlyInAnyOrderElementsOf(catalogued);
	}

	@Test
	void everySchemaIsAValidDraft202012Schema() throws Exception {
		Schema metaSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
			.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

		for (String path : schemaFiles()) {
			String json = Files.readString(classpathRoot().resolve(path));
			assertThat(metaSchema.validate(EventSchemas.MAPPER.readTree(json))).as(path).isEmpty();
			assertThat(EventSchemas.MAPPER.readTree(json).get("$schema").asString())
				.isEqualTo("https://json-schema.org/draft/2020-12/schema");
		}
	}

	@Test
	void everyEventRecordInThePackageIsCatalogued() throws Exception {
		Path packageDir = classpathRoot().resolve("io/sentia/events");
		List<Class<?>> eventRecords;
		try (Stream<Path> files = Files.list(packageDir)) {
			eventRecords = files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith(".class") && !name.contains("$"))
				.<Class<?>>map(
						(name) -> load("io.sentia.events." + name.substring(0, name.length() - ".class".length())))
				.filter((cls) -> cls.isRecord() && SentiaEvent.class.isAssignableFrom(cls))
				.toList();
		}

		assertThat(eventRecords).hasSize(19)
			.containsExactlyInAnyOrderElementsOf(EventCatalogue.all().stream().map(EventType::javaType).toList());
	}

	@Test
	void eventTypesAreUniqueAndFollowTheNamingScheme() {
		List<String> types = EventCatalogue.all().stream().map(EventType::type).toList();

		assertThat(types).doesNotHaveDuplicates()
			.allMatch((type) -> type.matches("sentia\\.[a-z]+(-[a-z]+)*(\\.[a-z]+(-[a-z]+)*){2}\\.v1"));
	}

	@Test
	void eventTypeIsFoundByItsCeType() {
		assertThat(EventCatalogue.find("sentia.commerce.order.upserted.v1")).map(EventType::javaType)
			.contains(OrderUpserted.class);
		assertThat(EventCatalogue.find("sentia.commerce.order.upserted.v2")).isEmpty();
	}

	@Test
	void schemaPathFollowsTopicAndRecordName() {
		EventType orders = EventCatalogue.find(OrderUpserted.TYPE).orElseThrow();

		assertThat(orders.schemaPath()).isEqualTo("schemas/commerce.orders.v1/OrderUpserted.json");
		assertThat(orders.schemaId())
			.isEqualTo("https://schemas.sentia.io/events/commerce.orders.v1/OrderUpserted.json");
	}

	private static List<String> schemaFiles() throws IOException, URISyntaxException {
		Path root = classpathRoot();
		try (Stream<Path> files = Files.walk(root.resolve("schemas"))) {
			return files.filter((file) -> file.toString().endsWith(".json"))
				.map((file) -> root.relativize(file).toString().replace('\\', '/'))
				.toList();
		}
	}

	private static Path classpathRoot() throws URISyntaxException {
		// Schemas and classes both live in target/classes when tests run.
		return Path.of(SentiaEvent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
	}

	private static Class<?> load(String name) {
		try {
			return Class.forName(name);
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
