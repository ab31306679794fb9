package io.sentia.servicekit.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import io.sentia.events.EventHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.jspecify.annotations.Nullable;

/**
 * The CloudEvents-style facts a record carries in its {@code ce_*} headers.
 *
 * @param id the unique event id; consumers deduplicate on it
 * @param type the event type, e.g. {@code sentia.commerce.order.upserted.v1}
 * @param source the producing service
 * @param tenantId the tenant the event belongs to
 * @param time when the event was produced
 */
public record EventEnvelope(UUID id, String type, String source, String tenantId, Instant time) {

	/**
	 * Reads the envelope of a record.
	 * @param record a record published through the outbox
	 * @return its envelope
	 * @throws MalformedEventException if a header is missing or invalid; the record then
	 * goes to the dead-letter topic without retries
	 */
	public static EventEnvelope of(ConsumerRecord<?, ?> record) {
		Headers headers = record.headers();
		String id = required(headers, EventHeaders.ID);
		String time = required(headers, EventHeaders.TIME);
		try {
			return new EventEnvelope(UUID.fromString(id), required(headers, EventHeaders.TYPE),
					required(headers, EventHeaders.SOURCE), required(headers, EventHeaders.TENANT),
					Instant.parse(time));
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			throw new MalformedEventException("Invalid ce_id '" + id + "' or ce_time '" + time + "' on "
					+ record.topic() + "-" + record.partition() + "@" + record.offset(), ex);
		}
	}

	/**
	 * Reads one header of a record as UTF-8 text.
	 * @param record the record
	 * @param name the header name; the last value wins
	 * @return the value, or {@code null} if absent
	 */
	public static @Nullable String header(ConsumerRecord<?, ?> record, String name) {
		return header(record.headers(), name);
	}

	private static @Nullable String header(Headers headers, String name) {
		Header header = headers.lastHeader(name);
		return (header != null && header.value() != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	private static String required(Headers headers, String name) {
		String value = header(headers, name);
		if (value == null || value.isBlank()) {
			throw new MalformedEventException("Record has no " + name + " header");
		}
		return value;
	}

}
