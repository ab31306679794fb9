package io.sentia.integrations.demo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stock of every SKU at every demo location during the simulation: what can be sold, what
 * is on its way, what went out today, and which positions changed since the last report.
 */
final class StockLedger {

	private final Map<DemoLocation, Map<String, Position>> positions = new EnumMap<>(DemoLocation.class);

	StockLedger() {
		for (DemoLocation location : DemoLocation.values()) {
			this.positions.put(location, new LinkedHashMap<>());
		}
	}

	/** Starts tracking a SKU at a location with an opening balance. */
	void open(DemoLocation location, String sku, int available) {
		this.positions.get(location).put(sku, new Position(sku, available));
	}

	boolean tracks(DemoLocation location, String sku) {
		return this.positions.get(location).containsKey(sku);
	}

	int available(DemoLocation location, String sku) {
		return position(location, sku).available;
	}

	int inbound(DemoLocation location, String sku) {
		return position(location, sku).inbound;
	}

	/** Whether every component can ship from the location now. */
	boolean canShip(DemoLocation location, Map<String, Integer> units) {
		for (Map.Entry<String, Integer> entry : units.entrySet()) {
			Position position = this.positions.get(location).get(entry.getKey());
			if (position == null || position.available < entry.getValue()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Takes units out for an order placed today; they leave with tomorrow's shipments.
	 */
	void ship(DemoLocation location, Map<String, Integer> units) {
		for (Map.Entry<String, Integer> entry : units.entrySet()) {
			Position position = position(location, entry.getKey());
			position.available -= entry.getValue();
			position.allocatedToday += entry.getValue();
			if (position.available == 0) {
				position.changed = true;
			}
		}
	}

	/** Takes units out for a transfer to another location. */
	void dispatch(DemoLocation location, String sku, int quantity) {
		Position position = position(location, sku);
		position.available -= quantity;
		position.changed = true;
	}

	/** Records units now on their way to the location. */
	void expect(DemoLocation location, String sku, int quantity) {
		Position position = position(location, sku);
		position.inbound += quantity;
		position.changed = true;
	}

	/** Books units that arrived at the location. */
	void receive(DemoLocation location, String sku, int quantity) {
		Position position = position(location, sku);
		position.inbound -= quantity;
		position.available += quantity;
		position.changed = true;
	}

	/**
	 * Reports positions at the end of the day and starts a new day.
	 * @param location the location
	 * @param all report every position (a periodic snapshot), not only those that changed
	 * @return the reported levels
	 */
	List<Level> closeDay(DemoLocation location, boolean all) {
		List<Level> levels = new ArrayList<>();
		for (Position position : this.positions.get(location).values()) {
			if (all || position.changed) {
				levels.add(new Level(position.sku, position.available + position.allocatedToday, position.available,
						position.inbound, position.allocatedToday));
			}
			position.changed = false;
			position.allocatedToday = 0;
		}
		return levels;
	}

	private Position position(DemoLocation location, String sku) {
		Position position = this.positions.get(location).get(sku);
		if (position == null) {
			throw new IllegalStateException(sku + " is not stocked at " + location);
		}
		return position;
	}

	/**
	 * A reported stock level.
	 *
	 * @param sku the SKU
	 * @param onHand units at the location
	 * @param available units free to sell
	 * @param inbound units on their way
	 * @param reserved units allocated to today's orders, not yet shipped
	 */
	record Level(String sku, int onHand, int available, int inbound, int reserved) {
	}

	private static final class Position {

		private final String sku;

		private int available;

		private int inbound;

		private int allocatedToday;

		private boolean changed = true;

		private Position(String sku, int available) {
			this.sku = sku;
			this.available = available;
		}

	}

}
