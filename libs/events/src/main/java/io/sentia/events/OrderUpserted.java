package io.sentia.events;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The whole current state of a sales order from a shop or marketplace. Consumers keep the
 * snapshot with the newest {@code updatedAt}, so a late older snapshot changes nothing.
 *
 * @param tenantId owning tenant
 * @param orderId the source's order id, unique per (tenant, source, store)
 * @param source connector that read the order, e.g. {@code shopify}
 * @param channel {@code shopify} | {@code amazon} | {@code wholesale} | {@code other}
 * @param region sales region, e.g. {@code UK}, {@code EU}, {@code US}
 * @param store the store or marketplace within the source, e.g. {@code uk}
 * @param status {@code open} | {@code fulfilled} | {@code cancelled} | {@code refunded} |
 * {@code partially_refunded}
 * @param orderedAt when the customer placed the order
 * @param updatedAt when the source last changed the order
 * @param currency ISO-4217 currency of every amount in the order
 * @param lines the order lines
 * @param total revenue net of cancellations and refunds (0.00 for a cancelled order)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderUpserted(String tenantId, String orderId, String source, String channel, String region, String store,
		String status, Instant orderedAt, Instant updatedAt, String currency, List<OrderLine> lines,
		Money total) implements SentiaEvent {

	public static final String TYPE = "sentia.commerce.order.upserted.v1";

	public OrderUpserted {
		Invariants.requiredText(tenantId, "tenantId");
		Invariants.requiredText(orderId, "orderId");
		Invariants.requiredText(source, "source");
		Invariants.requiredText(channel, "channel");
		Invariants.requiredText(region, "region");
		Invariants.requiredText(store, "store");
		Invariants.requiredText(status, "status");
		Invariants.required(orderedAt, "orderedAt");
		Invariants.required(updatedAt, "updatedAt");
		Invariants.currency(currency, "currency");
		lines = Invariants.copyOf(lines, "lines");
		Invariants.required(total, "total");
		Invariants.sameCurrency(total, currency, "total");
		for (OrderLine line : lines) {
			Invariants.sameCurrency(line.unitPrice(), currency, "lines[" + line.lineId() + "].unitPrice");
			Invariants.sameCurrency(line.lineTotal(), currency, "lines[" + line.lineId() + "].lineTotal");
		}
	}

	@Override
	public String entityId() {
		return this.source + ":" + this.store + ":" + this.orderId;
	}

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String topic() {
		return Topics.COMMERCE_ORDERS;
	}

}
