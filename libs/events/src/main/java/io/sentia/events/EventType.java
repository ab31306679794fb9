package io.sentia.events;

/**
 * What a consumer needs to know about one kind of event: its {@code ce_type}, the topic
 * it travels on, the record that carries it and where its JSON Schema is on the
 * classpath.
 *
 * @param type the versioned event type, the {@code ce_type} header
 * @param topic the topic it is published to
 * @param javaType the record carrying it
 */
public record EventType(String type, String topic, Class<? extends SentiaEvent> javaType) {

	private static final String SCHEMA_ROOT = "schemas/";

	/**
	 * Base of every schema's {@code $id}; an identifier, not a place to download from.
	 */
	public static final String SCHEMA_ID_BASE = "https://schemas.sentia.io/events/";

	public EventType {
		Invariants.requiredText(type, "type");
		Invariants.requiredText(topic, "topic");
		Invariants.required(javaType, "javaType");
	}

	/**
	 * Classpath location of the event's JSON Schema.
	 * @return {@code schemas/<topic>/<RecordName>.json}
	 */
	public String schemaPath() {
		return SCHEMA_ROOT + schemaName();
	}

	/**
	 * The {@code $id} of the event's JSON Schema.
	 * @return {@code https://schemas.sentia.io/events/<topic>/<RecordName>.json}
	 */
	public String schemaId() {
		return SCHEMA_ID_BASE + schemaName();
	}

	private String schemaName() {
		return this.topic + "/" + this.javaType.getSimpleName() + ".json";
	}

}
