package io.sentia.servicekit.testapp;

import io.sentia.events.SentiaEvent;

/**
 * An event of the test service, published through the outbox.
 *
 * @param tenantId the tenant
 * @param noteId the note, the event's entity
 * @param text the note's text
 */
public record TestNoteEvent(String tenantId, String noteId, String text) implements SentiaEvent {

	public static final String TOPIC = "servicekit.test.outbox.v1";

	public static final String TYPE = "sentia.test.note.created.v1";

	@Override
	public String entityId() {
		return this.noteId;
	}

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String topic() {
		return TOPIC;
	}

}
