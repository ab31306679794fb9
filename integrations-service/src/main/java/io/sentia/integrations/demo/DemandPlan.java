package io.sentia.integrations.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The brand's own expectation of demand: expected units of every bottle at every location
 * per day, from the sales calendar and the order shape without noise. Gift sets count as
 * their components. The simulated planner orders stock from this, skewed by each
 * product's planning bias, so that noise and bias produce realistic stock-outs.
 */
final class DemandPlan {

	private final LocalDate firstDay;

	private final int days;

	/**
	 * Cumulative expected units per location and SKU: {@code cumulative[i]} covers days
	 * before i.
	 */
	private final Map<DemoLocation, Map<String, double[]>> cumulative = new EnumMap<>(DemoLocation.class);

	DemandPlan(SalesCalendar calendar, LocalDate firstDay, int days) {
		this.firstDay = firstDay;
		this.days = days;
		Map<DemoLocation, Map<String, double[]>> daily = new EnumMap<>(DemoLocation.class);
		for (DemoLocation location : DemoLocation.values()) {
			daily.put(location, new LinkedHashMap<>());
		}
		for (int day = 0; day < days; day++) {
			LocalDate date = firstDay.plusDays(day);
			for (DemoStore store : DemoStore.values()) {
				addStoreDay(calendar, store, date, day, daily.get(store.shipsFrom()));
			}
		}
		for (DemoLocation location : DemoLocation.values()) {
			Map<String, double[]> sums = new LinkedHashMap<>();
			daily.get(location).forEach((sku, units) -> {
				double[] sum = new double[days + 1];
				for (int day = 0; day < days; day++) {
					sum[day + 1] = sum[day] + units[day];
				}
				sums.put(sku, sum);
			});
			this.cumulative.put(location, sums);
		}
	}

	/** Bottles the location must stock because something it ships needs them. */
	List<String> stockedSkus(DemoLocation location) {
		List<String> skus = new ArrayList<>(this.cumulative.get(location).keySet());
		if (location.isWarehouse()) {
			for (DemoLocation pool : DemoLocation.values()) {
				if (pool.refilledFrom() == location) {
					for (String sku : this.cumulative.get(pool).keySet()) {
						if (!skus.contains(sku)) {
							skus.add(sku);
						}
					}
				}
			}
		}
		return skus;
	}

	/**
	 * Units a location expects to ship itself over a date range.
	 * @param location the location
	 * @param sku the bottle
	 * @param from first day, inclusive
	 * @param until last day, exclusive
	 * @return expected units, 0 outside the plan's horizon
	 */
	double shipping(DemoLocation location, String sku, LocalDate from, LocalDate until) {
		double[] sum = this.cumulative.get(location).get(sku);
		if (sum == null) {
			return 0.0;
		}
		int start = clamp(index(from));
		int end = clamp(index(until));
		return (end > start) ? sum[end] - sum[start] : 0.0;
	}

	/**
	 * Units a warehouse needs over a date range: what it ships to customers plus what the
	 * FBA pools it refills will ship.
	 */
	double supplying(DemoLocation warehouse, String sku, LocalDate from, LocalDate until) {
		double units = shipping(warehouse, sku, from, until);
		for (DemoLocation pool : DemoLocation.values()) {
			if (pool.refilledFrom() == warehouse) {
				units += shipping(pool, sku, from, until);
			}
		}
		return units;
	}

	private void addStoreDay(SalesCalendar calendar, DemoStore store, LocalDate date, int day,
			Map<String, double[]> units) {
		double orders = calendar.expectedOrders(store, date);
		if (orders <= 0) {
			return;
		}
		double lines = orders * OrderShape.mean(OrderShape.lineCounts(store));
		double totalWeight = 0;
		for (DemoProduct product : DemoCatalogue.products()) {
			totalWeight += weight(calendar, product, store, date);
		}
		for (DemoProduct product : DemoCatalogue.products()) {
			double weight = weight(calendar, product, store, date);
			if (weight <= 0) {
				continue;
			}
			double perLine = store.isWholesale() ? OrderShape.mean(OrderShape.tradeCases()) * product.casePack()
					: OrderShape.mean(OrderShape.units(product));
			double productUnits = lines * weight / totalWeight * perLine;
			if (product.isGiftSet()) {
				for (BundleComponent component : product.components()) {
					add(units, component.sku(), day, productUnits * component.quantity());
				}
			}
			else {
				add(units, product.sku(), day, productUnits);
			}
		}
	}

	/** Trade orders pick from the listed bottles by popularity, with no seasonal mix. */
	static double weight(SalesCalendar calendar, DemoProduct product, DemoStore store, LocalDate date) {
		if (store.isWholesale()) {
			return product.isListedIn(store) ? product.popularity() : 0.0;
		}
		return calendar.productWeight(product, store, date);
	}

	private void add(Map<String, double[]> units, String sku, int day, double quantity) {
		units.computeIfAbsent(sku, (key) -> new double[this.days])[day] += quantity;
	}

	private int index(LocalDate date) {
		return (int) (date.toEpochDay() - this.firstDay.toEpochDay());
	}

	private int clamp(int index) {
		return Math.max(0, Math.min(this.days, index));
	}

}
