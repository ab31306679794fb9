package io.sentia.integrations.demo;

import io.sentia.events.InventoryLevelChanged;
import io.sentia.events.InventoryLevelChanged.LocationType;

/**
 * Where the demo brand keeps stock: its bonded warehouse in Leith and a US 3PL, both
 * buying from suppliers, and two Amazon FBA pools that the warehouses refill by transfer.
 */
enum DemoLocation {

	WAREHOUSE_UK("unleashed", "unleashed:WH-LEITH", "Leith bonded warehouse", LocationType.WAREHOUSE, null, 0, 0),

	WAREHOUSE_US("unleashed", "unleashed:WH-NEWARK", "Newark 3PL", LocationType.THIRD_PARTY_LOGISTICS, null, 0, 21),

	FBA_UK("amazon", "amazon-fba:UK", "Amazon FBA UK", LocationType.AMAZON_FBA, WAREHOUSE_UK, 6, 0),

	FBA_US("amazon", "amazon-fba:US", "Amazon FBA US", LocationType.AMAZON_FBA, WAREHOUSE_US, 9, 0);

	private final String source;

	private final InventoryLevelChanged.Location location;

	private final DemoLocation refilledFrom;

	private final int transferDays;

	private final int extraSupplierLeadDays;

	DemoLocation(String source, String locationId, String name, LocationType type, DemoLocation refilledFrom,
			int transferDays, int extraSupplierLeadDays) {
		this.source = source;
		this.location = new InventoryLevelChanged.Location(locationId, name, type);
		this.refilledFrom = refilledFrom;
		this.transferDays = transferDays;
		this.extraSupplierLeadDays = extraSupplierLeadDays;
	}

	/** Connector that reports this location's stock. */
	String source() {
		return this.source;
	}

	/** The location as events carry it. */
	InventoryLevelChanged.Location location() {
		return this.location;
	}

	/** The warehouse that refills this FBA pool, or {@code null} for a warehouse. */
	DemoLocation refilledFrom() {
		return this.refilledFrom;
	}

	boolean isWarehouse() {
		return this.refilledFrom == null;
	}

	/** Days a transfer from the refilling warehouse takes to arrive. */
	int transferDays() {
		return this.transferDays;
	}

	/** Ocean freight on top of a supplier's UK lead time. */
	int extraSupplierLeadDays() {
		return this.extraSupplierLeadDays;
	}

}
