package io.sentia.integrations.upload;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.sentia.events.Money;
import io.sentia.events.OrderLine;
import io.sentia.events.OrderUpserted;
import io.sentia.events.SentiaEvent;
import io.sentia.integrations.connector.MappingContext;

/** Rows of one order (one per line) to one {@link OrderUpserted}. */
final class OrderRowsMapper extends UploadRecordMapper {

	private static final Set<String> STATUSES = new LinkedHashSet<>(
			List.of("open", "fulfilled", "cancelled", "refunded", "partially_refunded"));

	private static final Set<String> CHANNELS = new LinkedHashSet<>(List.of("shopify", "amazon", "wholesale", "other"));

	private static final List<String> ORDER_COLUMNS = List.of("order_id", "ordered_at", "updated_at", "status",
			"channel", "region", "store", "currency", "order_total");

	@Override
	public UploadKind kind() {
		return UploadKind.ORDERS;
	}

	@Override
	List<SentiaEvent> build(UploadRecord record, RowReader reader, MappingContext context) {
		List<UploadRow> rows = record.rows();
		UploadRow first = rows.getFirst();
		ORDER_COLUMNS.forEach((column) -> reader.sameOnEveryRow(rows, column));
		String orderId = reader.text(first, "order_id", true);
		String store = reader.text(first, "store", true);
		String region = reader.text(first, "region", true);
		String currency = reader.currency(first, "currency", true);
		String channel = reader.oneOf(first, "channel", CHANNELS, "other");
		String status = reader.oneOf(first, "status", STATUSES, "open");
		Instant orderedAt = reader.instant(first, "ordered_at", true);
		Instant updatedAt = reader.instant(first, "updated_at", false);
		BigDecimal orderTotal = reader.decimal(first, "order_total", false, false);
		List<String> lineIds = lineIds(rows, reader);
		List<OrderLine> lines = new ArrayList<>();
		BigDecimal sum = BigDecimal.ZERO;
		for (int i = 0; i < rows.size(); i++) {
			UploadRow row = rows.get(i);
			String sku = reader.text(row, "sku", true);
			Integer quantity = reader.whole(row, "quantity", true, 0);
			BigDecimal unitPrice = reader.decimal(row, "unit_price", true, false);
			BigDecimal lineTotal = reader.decimal(row, "line_total", false, false);
			if (reader.hasProblems()) {
				continue;
			}
			lineTotal = orDefault(lineTotal, unitPrice.multiply(BigDecimal.valueOf(quantity)));
			sum = sum.add(lineTotal);
			lines.add(new OrderLine(lineIds.get(i), context.sku(sku, "sku:" + sku), quantity,
					new Money(unitPrice, currency), new Money(lineTotal, currency)));
		}
		if (reader.hasProblems()) {
			return List.of();
		}
		BigDecimal total = orDefault(orderTotal,
				"cancelled".equals(status) ? BigDecimal.ZERO.setScale(sum.scale()) : sum);
		return List.of(new OrderUpserted(context.source().tenantId(), orderId, context.source().provider().id(),
				channel, region, store, status, orderedAt, (updatedAt != null) ? updatedAt : orderedAt, currency, lines,
				new Money(total, currency)));
	}

}
