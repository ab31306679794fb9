package io.sentia.analytics.inventory;

import java.time.Instant;

import io.sentia.events.InventoryLevelChanged;
import io.sentia.events.InventoryLevelChanged.LocationType;

/**
 * Stock of one SKU at one location.
 *
 * @param tenantId owning tenant
 * @param sku stock keeping unit
 * @param locationId location id within the tenant, e.g. {@code amazon-fba:UK}
 * @param locationName display name of the location
 * @param locationType kind of location; FBA stock sells only on its marketplace
 * @param source connector that measured the level
 * @param onHand units physically there (may be negative where the source oversells)
 * @param available units sellable now
 * @param inbound units on their way there
 * @param reserved units allocated to orders, not yet shipped
 * @param asOf when the source measured the level
 */
public record InventoryLevel(String tenantId, String sku, String locationId, String locationName,
		LocationType locationType, String source, int onHand, int available, int inbound, int reserved, Instant asOf) {

	static InventoryLevel of(InventoryLevelChanged level) {
		return new InventoryLevel(level.tenantId(), level.sku(), level.location().locationId(), level.location().name(),
				level.location().type(), level.source(), level.onHand(), level.available(), level.inbound(),
				level.reserved(), level.asOf());
	}

}
