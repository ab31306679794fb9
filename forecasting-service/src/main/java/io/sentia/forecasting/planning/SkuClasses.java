package io.sentia.forecasting.planning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * ABC classes of a tenant's SKUs from one run's forecast: SKUs ranked by forecast value
 * over the horizon (units × unit cost), class A until 80% of the total value, B until
 * 95%, C for the rest. When any SKU has no unit cost, value cannot be compared and they
 * are ranked by units instead. Pure arithmetic, no Spring.
 */
final class SkuClasses {

	static final double A_SHARE = 0.80;

	static final double B_SHARE = 0.95;

	private final Map<String, String> classes;

	private final String basis;

	private SkuClasses(Map<String, String> classes, String basis) {
		this.classes = classes;
		this.basis = basis;
	}

	/** A SKU's forecast units over the horizon and its unit cost, null when unknown. */
	record Demand(String sku, double units, @Nullable BigDecimal unitCost) {
	}

	static SkuClasses of(List<Demand> demands) {
		boolean byValue = !demands.isEmpty() && demands.stream().allMatch((demand) -> demand.unitCost() != null);
		List<Demand> ranked = new ArrayList<>(demands);
		Comparator<Demand> byWeight = Comparator.comparingDouble((demand) -> weight(demand, byValue));
		ranked.sort(byWeight.reversed().thenComparing(Demand::sku));
		double total = ranked.stream().mapToDouble((demand) -> weight(demand, byValue)).sum();
		Map<String, String> classes = new LinkedHashMap<>();
		double before = 0;
		for (Demand demand : ranked) {
			// A SKU's class is decided by the share of value ranked above it, so the SKU
			// that crosses a boundary still belongs to the higher class.
			double share = (total > 0) ? before / total : 1;
			classes.put(demand.sku(), (share < A_SHARE) ? "A" : (share < B_SHARE) ? "B" : "C");
			before += weight(demand, byValue);
		}
		return new SkuClasses(classes, byValue ? "forecast value" : "forecast units");
	}

	private static double weight(Demand demand, boolean byValue) {
		double units = Math.max(0, demand.units());
		return byValue ? units * demand.unitCost().doubleValue() : units;
	}

	/** The SKU's class; a SKU the run did not forecast is C. */
	String classOf(String sku) {
		return this.classes.getOrDefault(sku, "C");
	}

	/** {@code forecast value} or {@code forecast units}: what the ranking used. */
	String basis() {
		return this.basis;
	}

}
