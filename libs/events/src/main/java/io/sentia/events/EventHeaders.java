package io.sentia.events;

/**
 * Kafka record header names carried by every event: CloudEvents-style {@code ce_*}
 * headers (Kafka binding) plus the W3C trace context.
 */
public final class EventHeaders {

	/** Unique event id (UUID); consumers deduplicate on it. */
	public static final String ID = "ce_id";

	/** Event type, e.g. {@code sentia.commerce.order.upserted.v1}. */
	public static final String TYPE = "ce_type";

	/** Name of the producing service. */
	public static final String SOURCE = "ce_source";

	/** Time the event was produced, UTC ISO-8601. */
	public static final String TIME = "ce_time";

	/** Tenant the event belongs to. */
	public static final String TENANT = "ce_tenant";

	/** W3C trace context, so a trace follows the event across services. */
	public static final String TRACEPARENT = "traceparent";

	private EventHeaders() {
	}

}
