package io.sentia.integrations.upload;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.sentia.events.InventoryLevelChanged;
import io.sentia.events.InventoryLevelChanged.Location;
import io.sentia.events.InventoryLevelChanged.LocationType;
import io.sentia.events.SentiaEvent;
import io.sentia.integrations.connector.MappingContext;

/** A stock row (one SKU at one location) to an {@link InventoryLevelChanged}. */
final class InventoryRowsMapper extends UploadRecordMapper {

	private static final Set<String> TYPES = new LinkedHashSet<>(
			List.of("warehouse", "amazon_fba", "third_party_logistics", "store"));

	@Override
	public UploadKind kind() {
		return UploadKind.INVENTORY;
	}

	@Override
	List<SentiaEvent> build(UploadRecord record, RowReader reader, MappingContext context) {
		UploadRow row = record.rows().getFirst();
		String sku = reader.text(row, "sku", true);
		String location = reader.text(row, "location", true);
		String locationName = reader.text(row, "location_name", false);
		String type = reader.oneOf(row, "location_type", TYPES, "warehouse");
		Integer onHand = reader.whole(row, "on_hand", true, null);
		Integer reserved = reader.whole(row, "reserved", false, 0);
		Integer available = reader.whole(row, "available", false, null);
		Integer inbound = reader.whole(row, "inbound", false, 0);
		Instant asOf = reader.instant(row, "as_of", false);
		if (reader.hasProblems()) {
			return List.of();
		}
		int reservedUnits = (reserved != null) ? reserved : 0;
		return List.of(new InventoryLevelChanged(context.source().tenantId(), context.sku(sku, "sku:" + sku),
				new Location(location, (locationName != null) ? locationName : location,
						LocationType.valueOf(type.toUpperCase(Locale.ROOT))),
				context.source().provider().id(), onHand, (available != null) ? available : onHand - reservedUnits,
				(inbound != null) ? inbound : 0, reservedUnits, (asOf != null) ? asOf : record.receivedAt()));
	}

}
