package io.sentia.integrations.upload;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.sentia.events.Money;
import io.sentia.events.ProductUpserted;
import io.sentia.events.SentiaEvent;
import io.sentia.events.Supplier;
import io.sentia.integrations.connector.MappingContext;

/** A product row to a {@link ProductUpserted}. */
final class ProductRowsMapper extends UploadRecordMapper {

	private static final Set<String> BOOLEANS = new LinkedHashSet<>(List.of("true", "false"));

	@Override
	public UploadKind kind() {
		return UploadKind.PRODUCTS;
	}

	@Override
	List<SentiaEvent> build(UploadRecord record, RowReader reader, MappingContext context) {
		UploadRow row = record.rows().getFirst();
		String sku = reader.text(row, "sku", true);
		String name = reader.text(row, "name", true);
		String category = reader.text(row, "category", false);
		BigDecimal unitCost = reader.decimal(row, "unit_cost", false, false);
		BigDecimal price = reader.decimal(row, "price", false, false);
		String currency = reader.currency(row, "currency", unitCost != null || price != null);
		Integer leadTime = reader.whole(row, "lead_time_days", false, 0);
		Integer moq = reader.whole(row, "moq", false, 1);
		Integer casePack = reader.whole(row, "case_pack", false, 1);
		String supplierCode = reader.text(row, "supplier_code", false);
		String supplierName = reader.text(row, "supplier_name", supplierCode != null);
		String active = reader.oneOf(row, "active", BOOLEANS, "true");
		Instant updatedAt = reader.instant(row, "updated_at", false);
		if (reader.hasProblems()) {
			return List.of();
		}
		Supplier supplier = (supplierName != null)
				? new Supplier((supplierCode != null) ? supplierCode : supplierName, supplierCode, supplierName) : null;
		return List.of(new ProductUpserted(context.source().tenantId(), context.sku(sku, "sku:" + sku), name, category,
				context.source().provider().id(), (unitCost != null) ? new Money(unitCost, currency) : null,
				(price != null) ? new Money(price, currency) : null, leadTime, (moq != null) ? moq : 1,
				(casePack != null) ? casePack : 1, supplier, List.of(), Boolean.parseBoolean(active),
				(updatedAt != null) ? updatedAt : record.receivedAt()));
	}

}
