package io.sentia.analytics.revenue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import io.sentia.events.OrderUpserted;

/**
 * One order as the revenue read model keeps it.
 *
 * @param tenantId owning tenant
 * @param source connector that read the order
 * @param store store within the source
 * @param orderId the source's order id
 * @param orderDate UTC date of {@code orderedAt}
 * @param orderedAt when the order was placed
 * @param region sales region
 * @param channel sales channel
 * @param status order status
 * @param currency ISO-4217 currency of the total
 * @param total revenue net of cancellations and refunds
 * @param lineCount number of order lines
 * @param updatedAt the source's change time of this snapshot
 */
record OrderRevenue(String tenantId, String source, String store, String orderId, LocalDate orderDate,
		Instant orderedAt, String region, String channel, String status, String currency, BigDecimal total,
		int lineCount, Instant updatedAt) {

	static OrderRevenue of(OrderUpserted order) {
		return new OrderRevenue(order.tenantId(), order.source(), order.store(), order.orderId(),
				order.orderedAt().atZone(ZoneOffset.UTC).toLocalDate(), order.orderedAt(), order.region(),
				order.channel(), order.status(), order.currency(), order.total().amount(), order.lines().size(),
				order.updatedAt());
	}

}
