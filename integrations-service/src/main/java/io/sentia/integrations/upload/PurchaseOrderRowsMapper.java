package io.sentia.integrations.upload;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.sentia.events.Money;
import io.sentia.events.PurchaseOrderUpserted;
import io.sentia.events.SentiaEvent;
import io.sentia.events.Supplier;
import io.sentia.integrations.connector.MappingContext;

/** Rows of one purchase order (one per line) to one {@link PurchaseOrderUpserted}. */
final class PurchaseOrderRowsMapper extends UploadRecordMapper {

	private static final Set<String> STATUSES = new LinkedHashSet<>(
			List.of("draft", "placed", "partially_received", "received", "cancelled"));

	private static final List<String> ORDER_COLUMNS = List.of("purchase_order_id", "order_number", "supplier_name",
			"supplier_code", "status", "order_date", "expected_date", "location", "currency", "updated_at");

	@Override
	public UploadKind kind() {
		return UploadKind.PURCHASE_ORDERS;
	}

	@Override
	List<SentiaEvent> build(UploadRecord record, RowReader reader, MappingContext context) {
		List<UploadRow> rows = record.rows();
		UploadRow first = rows.getFirst();
		ORDER_COLUMNS.forEach((column) -> reader.sameOnEveryRow(rows, column));
		String id = reader.text(first, "purchase_order_id", true);
		String number = reader.text(first, "order_number", false);
		String supplierName = reader.text(first, "supplier_name", true);
		String supplierCode = reader.text(first, "supplier_code", false);
		String status = reader.oneOf(first, "status", STATUSES, "placed");
		LocalDate orderDate = reader.date(first, "order_date", true);
		LocalDate expectedDate = reader.date(first, "expected_date", false);
		String location = reader.text(first, "location", false);
		String currency = reader.currency(first, "currency", true);
		Instant updatedAt = reader.instant(first, "updated_at", false);
		List<String> lineIds = lineIds(rows, reader);
		List<PurchaseOrderUpserted.Line> lines = new ArrayList<>();
		BigDecimal total = BigDecimal.ZERO;
		for (int i = 0; i < rows.size(); i++) {
			UploadRow row = rows.get(i);
			String sku = reader.text(row, "sku", true);
			Integer quantity = reader.whole(row, "quantity", true, 0);
			Integer received = reader.whole(row, "received_quantity", false, 0);
			BigDecimal unitCost = reader.decimal(row, "unit_cost", true, false);
			BigDecimal lineTotal = reader.decimal(row, "line_total", false, false);
			LocalDate lineDue = reader.date(row, "line_expected_date", false);
			if (reader.hasProblems()) {
				continue;
			}
			lineTotal = orDefault(lineTotal, unitCost.multiply(BigDecimal.valueOf(quantity)));
			total = total.add(lineTotal);
			lines.add(new PurchaseOrderUpserted.Line(lineIds.get(i), context.sku(sku, "sku:" + sku), quantity,
					(received != null) ? received : 0, new Money(unitCost, currency), new Money(lineTotal, currency),
					lineDue));
		}
		if (reader.hasProblems()) {
			return List.of();
		}
		Supplier supplier = new Supplier((supplierCode != null) ? supplierCode : supplierName, supplierCode,
				supplierName);
		return List.of(new PurchaseOrderUpserted(context.source().tenantId(), id, context.source().provider().id(),
				number, supplier, status, orderDate, expectedDate, location, currency, lines,
				new Money(total, currency), (updatedAt != null) ? updatedAt : record.receivedAt()));
	}

}
