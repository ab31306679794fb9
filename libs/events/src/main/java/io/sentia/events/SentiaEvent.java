package io.sentia.events;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Implemented by every event record. The routing facts below are derived from the record,
 * not part of its payload, hence {@link JsonIgnore}.
 */
public interface SentiaEvent {

	/** Tenant the event belongs to. */
	String tenantId();

	/** Id of the entity within the tenant; events of one entity keep their order. */
	@JsonIgnore
	String entityId();

	/** Versioned type, {@code sentia.<domain>.<entity>.<verb>.v1}. */
	@JsonIgnore
	String eventType();

	/** Topic the event is published to, one of {@link Topics}. */
	@JsonIgnore
	String topic();

	/** Kafka record key, {@code tenantId:entityId}, giving per-entity ordering. */
	@JsonIgnore
	default String key() {
		return tenantId() + ":" + entityId();
	}

}
