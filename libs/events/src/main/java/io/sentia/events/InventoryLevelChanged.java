package io.sentia.events;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The stock of one SKU at one location as of a point in time. Quantities are units and
 * may be negative where the source allows overselling.
 *
 * @param tenantId owning tenant
 * @param sku stock keeping unit
 * @param location where the stock is, including Amazon FBA
 * @param source connector that read the level, e.g. {@code unleashed} or {@code amazon}
 * @param onHand units physically at the location
 * @param available units that can be sold now (on hand minus reserved)
 * @param inbound units on their way to the location (open purchase orders, FBA shipments)
 * @param reserved units allocated to orders but not yet shipped
 * @param asOf when the source measured the level
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InventoryLevelChanged(String tenantId, String sku, Location location, String source, int onHand,
		int available, int inbound, int reserved, Instant asOf) implements SentiaEvent {

	public static final String TYPE = "sentia.inventory.level.changed.v1";

	public InventoryLevelChanged {
		Invariants.requiredText(tenantId, "tenantId");
		Invariants.requiredText(sku, "sku");
		Invariants.required(location, "location");
		Invariants.requiredText(source, "source");
		Invariants.notNegative(inbound, "inbound");
		Invariants.notNegative(reserved, "reserved");
		Invariants.required(asOf, "asOf");
	}

	@Override
	public String entityId() {
		return this.location.locationId() + ":" + this.sku;
	}

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String topic() {
		return Topics.INVENTORY_LEVELS;
	}

	/**
	 * A place that holds stock.
	 *
	 * @param locationId stable id within the tenant, e.g. {@code unleashed:MAIN} or
	 * {@code amazon-fba:UK}
	 * @param name display name
	 * @param type what kind of place it is
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Location(String locationId, String name, LocationType type) {

		public Location {
			Invariants.requiredText(locationId, "location.locationId");
			Invariants.requiredText(name, "location.name");
			Invariants.required(type, "location.type");
		}

	}

	/** Kind of stock location; FBA stock is only sellable on its Amazon marketplace. */
	public enum LocationType {

		@JsonProperty("warehouse")
		WAREHOUSE,

		@JsonProperty("amazon_fba")
		AMAZON_FBA,

		@JsonProperty("third_party_logistics")
		THIRD_PARTY_LOGISTICS,

		@JsonProperty("store")
		STORE

	}

}
