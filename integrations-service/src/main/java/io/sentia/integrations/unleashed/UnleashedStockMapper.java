package io.sentia.integrations.unleashed;

import java.time.Instant;
import java.util.List;

import io.sentia.events.InventoryLevelChanged;
import io.sentia.events.InventoryLevelChanged.Location;
import io.sentia.events.InventoryLevelChanged.LocationType;
import io.sentia.events.SentiaEvent;
import io.sentia.integrations.connector.MappingContext;
import io.sentia.integrations.connector.RawRecord;
import io.sentia.integrations.connector.RecordMapper;
import io.sentia.integrations.connector.RecordRejectedException;
import tools.jackson.databind.JsonNode;

/**
 * One Unleashed stock-on-hand row of one warehouse as an {@link InventoryLevelChanged} at
 * location {@code unleashed:<WarehouseCode>}: on hand = {@code QtyOnHand}, available =
 * {@code AvailableQty}, reserved = {@code AllocatedQty}, inbound = {@code OnPurchase}, as
 * of {@code LastModifiedOn}.
 */
final class UnleashedStockMapper implements RecordMapper {

	private final UnleashedApi api;

	UnleashedStockMapper(UnleashedApi api) {
		this.api = api;
	}

	@Override
	public List<SentiaEvent> map(RawRecord record, MappingContext context) {
		JsonNode row = this.api.parse(record.json());
		String code = row.path("ProductCode").asString("");
		String sku = context.sku(code, "product:" + row.path("ProductGuid").asString());
		String warehouseCode = UnleashedValues.text(row, "WarehouseCode");
		if (warehouseCode == null) {
			throw new RecordRejectedException("Unleashed stock row of " + code + " names no WarehouseCode");
		}
		String warehouseName = UnleashedValues.text(row, "Warehouse");
		Instant asOf = (record.updatedAt() != null) ? record.updatedAt()
				: UnleashedValues.instant(row.path("LastModifiedOn"));
		if (asOf == null) {
			throw new RecordRejectedException("Unleashed stock row of " + code + " in " + warehouseCode
					+ " has no LastModifiedOn, so its time is unknown");
		}
		String what = "stock of " + code + " in " + warehouseCode;
		return List.of(new InventoryLevelChanged(context.source().tenantId(), sku,
				new Location("unleashed:" + warehouseCode, (warehouseName != null) ? warehouseName : warehouseCode,
						LocationType.WAREHOUSE),
				"unleashed", UnleashedValues.units(row, "QtyOnHand", what),
				UnleashedValues.units(row, "AvailableQty", what), UnleashedValues.units(row, "OnPurchase", what),
				UnleashedValues.units(row, "AllocatedQty", what), asOf));
	}

}
