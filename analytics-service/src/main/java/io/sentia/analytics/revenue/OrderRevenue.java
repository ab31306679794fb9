package io.sentia.analytics.revenue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

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
 * @param lines the order's lines, net of refunds and removals
 * @param updatedAt the source's change time of this snapshot
 */
record OrderRevenue(String tenantId, String source, String store, String orderId, LocalDate orderDate,
		Instant orderedAt, String region, String channel, String status, String currency, BigDecimal total,
		List<Line> lines, Instant updatedAt) {

	static OrderRevenue of(OrderUpserted order) {
		return new OrderRevenue(order.tenantId(), order.source(), order.store(), order.orderId(),
				order.orderedAt().atZone(ZoneOffset.UTC).toLocalDate(), order.orderedAt(), order.region(),
				order.channel(), order.status(), order.currency(), order.total().amount(),
				order.lines()
					.stream()
					.map((line) -> new Line(line.lineId(), line.sku(), line.quantity(), line.lineTotal().amount()))
					.toList(),
				order.updatedAt());
	}

	/**
	 * One line of the order.
	 *
	 * @param lineId the source's line id
	 * @param sku what sold
	 * @param quantity units, net of refunds
	 * @param total the line's total in the order's currency
	 */
	record Line(String lineId, String sku, int quantity, BigDecimal total) {

	}

}
