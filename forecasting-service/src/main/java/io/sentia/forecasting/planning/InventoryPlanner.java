package io.sentia.forecasting.planning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.sentia.forecasting.planning.PlanningRepository.PlannedRun;
import io.sentia.forecasting.planning.PlanningRepository.ProductTerms;
import io.sentia.forecasting.planning.PlanningRepository.WeekForecast;
import org.jspecify.annotations.Nullable;

/**
 * Computes each SKU's plan on request from the newest run's SKU-level forecast, the
 * product's ordering terms, stock on hand and open purchase orders.
 */
class InventoryPlanner {

	private static final double INTERVAL_LEVEL = 95;

	private final PlanningRepository planning;

	private final PurchaseOrderRepository purchases;

	private final PlanningProperties properties;

	private final ReorderPointCalculator calculator = new ReorderPointCalculator();

	InventoryPlanner(PlanningRepository planning, PurchaseOrderRepository purchases, PlanningProperties properties) {
		this.planning = planning;
		this.purchases = purchases;
		this.properties = properties;
	}

	/** Plans of every SKU of the newest run, or of one SKU when {@code sku} is set. */
	PlanList plans(String tenantId, @Nullable String sku) {
		PlannedRun run = this.planning.latestRun(tenantId).orElse(null);
		if (run == null) {
			return new PlanList(null, null, List.of());
		}
		List<SkuPlan> plans = new ArrayList<>();
		for (Map.Entry<String, List<WeekForecast>> forecast : this.planning.skuForecasts(tenantId, run.id(), sku)
			.entrySet()) {
			plans.add(plan(tenantId, forecast.getKey(), forecast.getValue()));
		}
		return new PlanList(run.id(), run.historyEnd(), plans);
	}

	private SkuPlan plan(String tenantId, String sku, List<WeekForecast> weeks) {
		List<Double> demand = weeks.stream().map((week) -> Math.max(0, week.point())).toList();
		// The coming week's interval is one week's error; the calculator widens it over
		// the lead time itself, so later (already widened) intervals would count it
		// twice.
		WeekForecast first = weeks.getFirst();
		double sigma = WeeklyErrorSigma.fromCentralInterval(first.point(), Math.max(first.point(), first.hi95()),
				INTERVAL_LEVEL);
		ProductTerms terms = this.planning.productTerms(tenantId, sku).orElse(new ProductTerms(null, 0, 1));
		boolean ownLeadTime = terms.leadTimeDays() != null;
		int leadTime = ownLeadTime ? terms.leadTimeDays() : this.properties.defaultLeadTimeDays();
		long onOrder = this.purchases.openPurchases(tenantId, sku).stream().mapToLong(OpenPurchase::quantity).sum();
		// Products carry no cost yet, so the plan states no order value.
		PlanInputs inputs = new PlanInputs(demand, sigma, leadTime, this.properties.reviewPeriodDays(),
				this.properties.serviceLevel(), this.planning.onHand(tenantId, sku), onOrder, Math.max(0, terms.moq()),
				Math.max(1, terms.casePack()), BigDecimal.ZERO);
		return SkuPlan.of(sku, demand, sigma, ownLeadTime ? "product" : "default", this.calculator.plan(inputs));
	}

}
