package io.sentia.servicekit.testapp;

import com.fasterxml.jackson.annotation.JsonValue;
import io.sentia.events.OrderUpserted;
import io.sentia.events.SentiaEvent;

/**
 * An {@link OrderUpserted} published through the outbox to the test topic that
 * {@link TypedOrderTestListener} reads, rather than to the catalogue's order topic: same
 * {@code ce_type}, same payload.
 *
 * @param order the order
 */
public record TypedTopicOrder(@JsonValue OrderUpserted order) implements SentiaEvent {

	@Override
	public String tenantId() {
		return this.order.tenantId();
	}

	@Override
	public String entityId() {
		return this.order.entityId();
	}

	@Override
	public String eventType() {
		return OrderUpserted.TYPE;
	}

	@Override
	public String topic() {
		return TypedOrderTestListener.TOPIC;
	}

}
