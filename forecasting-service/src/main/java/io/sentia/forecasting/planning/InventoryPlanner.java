package io.sentia.forecasting.planning;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.sentia.forecasting.planning.PlanningRepository.PlannedRun;
import io.sentia.forecasting.planning.PlanningRepository.ProductTerms;
import io.sentia.forecasting.planning.PlanningRepository.SalesSeries;
import io.sentia.forecasting.planning.PlanningRepository.StockPoint;
import io.sentia.forecasting.planning.PlanningRepository.WeekForecast;
import org.jspecify.annotations.Nullable;

/**
 * Computes each SKU's plan per location on request from the newest run's forecasts, the
 * product's ordering terms, stock on hand and open purchase orders.
 * <p>
 * Which demand a location serves: an Amazon FBA location ({@code amazon-fba:<REGION>})
 * serves Amazon demand of its region; a location a planner gave regions to serves the
 * remaining demand of those regions; every other location is pooled into one plan that
 * serves what is left, delivered to the pooled location holding most stock. A SKU sold
 * from a single pool is planned from its SKU-level forecast.
 */
class InventoryPlanner {

	static final String UNASSIGNED = "unassigned";

	private static final String AMAZON = "amazon";

	private static final String FBA_TYPE = "AMAZON_FBA";

	private static final double INTERVAL_LEVEL = 95;

	private final PlanningRepository planning;

	private final PurchaseOrderRepository purchases;

	private final PlanningProperties properties;

	private final Clock clock;

	private final ReorderPointCalculator calculator = new ReorderPointCalculator();

	InventoryPlanner(PlanningRepository planning, PurchaseOrderRepository purchases, PlanningProperties properties,
			Clock clock) {
		this.planning = planning;
		this.purchases = purchases;
		this.properties = properties;
		this.clock = clock;
	}

	/** Plans of every SKU of the newest run, or of one SKU when {@code sku} is set. */
	PlanList plans(String tenantId, @Nullable String sku) {
		PlannedRun run = this.planning.latestRun(tenantId).orElse(null);
		if (run == null) {
			return new PlanList(null, null, List.of());
		}
		return new PlanList(run.id(), run.historyEnd(), plans(tenantId, run.id(), sku));
	}

	/** Plans of every SKU of one run, or of one SKU when {@code sku} is set. */
	List<SkuPlan> plans(String tenantId, UUID runId, @Nullable String sku) {
		LocalDate today = LocalDate.now(this.clock);
		Map<String, List<String>> regionsOf = this.planning.locationRegions(tenantId);
		SkuClasses classes = SkuClasses.of(this.planning.skuDemands(tenantId, runId));
		Map<String, Double> classLevels = this.planning.classServiceLevels(tenantId);
		List<SkuPlan> plans = new ArrayList<>();
		for (Map.Entry<String, List<WeekForecast>> forecast : this.planning.skuForecasts(tenantId, runId, sku)
			.entrySet()) {
			String skuClass = classes.classOf(forecast.getKey());
			Service service = new Service(skuClass, classes.basis(),
					classLevels.getOrDefault(skuClass, this.properties.serviceLevel()), today);
			plans.addAll(planSku(tenantId, runId, forecast.getKey(), forecast.getValue(), regionsOf, service));
		}
		return plans;
	}

	/** The SKU's class, the service level it is planned for, and the planning day. */
	private record Service(String skuClass, String basis, double level, LocalDate today) {
	}

	private List<SkuPlan> planSku(String tenantId, UUID runId, String sku, List<WeekForecast> skuWeeks,
			Map<String, List<String>> regionsOf, Service service) {
		ProductTerms terms = this.planning.productTerms(tenantId, sku).orElse(ProductTerms.UNKNOWN);
		List<OpenPurchase> open = this.purchases.openPurchases(tenantId, sku);
		Map<String, StockPoint> locations = new LinkedHashMap<>();
		this.planning.stock(tenantId, sku).forEach((point) -> locations.put(point.locationId(), point));
		for (OpenPurchase purchase : open) {
			if (purchase.locationId() != null) {
				locations.putIfAbsent(purchase.locationId(), new StockPoint(purchase.locationId(), "WAREHOUSE", 0, 0));
			}
		}
		Groups groups = Groups.of(locations.values(), regionsOf);
		Map<SalesSeries, List<WeekForecast>> bottom = this.planning.bottomForecasts(tenantId, runId, sku);
		bottom.forEach((series, weeks) -> groups.serving(series).series.add(weeks));
		Group skuTotal = bottom.isEmpty() ? groups.pool() : null;
		for (OpenPurchase purchase : open) {
			groups.receiving(purchase.locationId()).onOrder += purchase.quantity();
		}
		List<SkuPlan> plans = new ArrayList<>();
		for (Group group : groups.all()) {
			boolean servesAll = (skuTotal != null) ? group == skuTotal : group.series.size() == bottom.size();
			List<Double> demand;
			double sigma;
			if (servesAll) {
				demand = skuWeeks.stream().map((week) -> Math.max(0, week.point())).toList();
				sigma = weekSigma(skuWeeks.getFirst());
			}
			else {
				demand = sumOfSeries(group.series, skuWeeks.size());
				sigma = Math.sqrt(group.series.stream().mapToDouble((weeks) -> {
					double one = weekSigma(weeks.getFirst());
					return one * one;
				}).sum());
			}
			plans.add(plan(sku, group, servesAll ? "sku total" : group.demandSource, demand, sigma, terms, service));
		}
		return plans;
	}

	private SkuPlan plan(String sku, Group group, String demandSource, List<Double> demand, double sigma,
			ProductTerms terms, Service service) {
		LocalDate today = service.today();
		boolean ownLeadTime = terms.leadTimeDays() != null;
		int leadTime = ownLeadTime ? terms.leadTimeDays() : this.properties.defaultLeadTimeDays();
		BigDecimal unitCost = terms.unitCost();
		PlanInputs inputs = new PlanInputs(demand, sigma, leadTime, this.properties.reviewPeriodDays(), service.level(),
				group.onHand(), group.onOrder, Math.max(0, terms.moq()), Math.max(1, terms.casePack()),
				(unitCost != null) ? unitCost : BigDecimal.ZERO);
		ReorderPlan plan = this.calculator.plan(inputs);
		LocalDate stockout = plan.stockOutDate(today).orElse(null);
		LocalDate orderBy = (stockout != null && stockout.minusDays(leadTime).isAfter(today))
				? stockout.minusDays(leadTime) : today;
		return new SkuPlan(sku, service.skuClass(), service.basis(), group.locationId(), group.locationType(),
				group.locationIds(), demandSource, demand, plan.leadTimeDays(), ownLeadTime ? "product" : "default",
				plan.reviewPeriodDays(), plan.serviceLevel(), plan.z(), sigma, plan.sigma(), plan.demandOverLeadTime(),
				plan.demandOverReviewPeriod(), plan.safetyStock(), plan.reorderPoint(), plan.onHand(), plan.onOrder(),
				plan.daysOfCover(), stockout, plan.stockOutWithinLeadTime(), plan.rawQuantity(), plan.moq(),
				plan.casePack(), plan.quantity(), unitCost, (unitCost != null) ? terms.costCurrency() : null,
				(unitCost != null) ? plan.value() : null, orderBy, today.plusDays(leadTime), terms.supplier());
	}

	/**
	 * One week's error from the week's 95% interval; the calculator widens it over the
	 * lead time itself, so later (already widened) weeks would count it twice.
	 */
	private static double weekSigma(WeekForecast week) {
		return WeeklyErrorSigma.fromCentralInterval(week.point(), Math.max(week.point(), week.hi95()), INTERVAL_LEVEL);
	}

	private static List<Double> sumOfSeries(List<List<WeekForecast>> series, int weeks) {
		double[] total = new double[weeks];
		for (List<WeekForecast> one : series) {
			for (int w = 0; w < Math.min(weeks, one.size()); w++) {
				total[w] += Math.max(0, one.get(w).point());
			}
		}
		List<Double> demand = new ArrayList<>(weeks);
		for (double week : total) {
			demand.add(week);
		}
		return demand;
	}

	/** The region of an FBA location id such as {@code amazon-fba:UK}. */
	static @Nullable String fbaRegion(StockPoint point) {
		if (!FBA_TYPE.equalsIgnoreCase(point.locationType())) {
			return null;
		}
		int colon = point.locationId().lastIndexOf(':');
		return (colon >= 0) ? point.locationId().substring(colon + 1).toUpperCase(Locale.ROOT) : null;
	}

	/** Stock points planned together and the forecast series they serve. */
	private static final class Group {

		private final List<StockPoint> points = new ArrayList<>();

		private final List<List<WeekForecast>> series = new ArrayList<>();

		private final String demandSource;

		private long onOrder;

		Group(String demandSource) {
			this.demandSource = demandSource;
		}

		/** The pooled location holding most stock, where an order is delivered. */
		String locationId() {
			return this.points.stream()
				.max(Comparator.comparingLong(StockPoint::onHand)
					.thenComparing(StockPoint::locationId, Comparator.reverseOrder()))
				.map(StockPoint::locationId)
				.orElse(UNASSIGNED);
		}

		String locationType() {
			String id = locationId();
			return this.points.stream()
				.filter((point) -> point.locationId().equals(id))
				.map(StockPoint::locationType)
				.findFirst()
				.orElse("UNKNOWN");
		}

		List<String> locationIds() {
			return this.points.stream().map(StockPoint::locationId).sorted().toList();
		}

		long onHand() {
			return this.points.stream().mapToLong(StockPoint::onHand).sum();
		}

	}

	/** A SKU's locations grouped by the demand they serve. */
	private static final class Groups {

		private final Map<String, Group> fbaByRegion = new LinkedHashMap<>();

		private final Map<String, Group> byLocation = new LinkedHashMap<>();

		private final List<Map.Entry<List<String>, Group>> regional = new ArrayList<>();

		private final List<Group> ordered = new ArrayList<>();

		private @Nullable Group pool;

		static Groups of(Iterable<StockPoint> points, Map<String, List<String>> regionsOf) {
			Groups groups = new Groups();
			for (StockPoint point : points) {
				String region = fbaRegion(point);
				List<String> regions = regionsOf.get(point.locationId());
				Group group;
				if (region != null && !groups.fbaByRegion.containsKey(region)) {
					group = new Group(AMAZON + " " + region);
					groups.fbaByRegion.put(region, group);
					// FBA stock carries its inbound shipments; warehouses' come from
					// purchase orders.
					group.onOrder += point.inbound();
				}
				else if (region == null && regions != null && !regions.isEmpty()) {
					group = new Group("regions " + String.join(", ", regions) + " (all channels not served by FBA)");
					groups.regional.add(Map.entry(regions, group));
				}
				else {
					group = groups.pool();
				}
				group.points.add(point);
				groups.byLocation.put(point.locationId(), group);
				if (!groups.ordered.contains(group)) {
					groups.ordered.add(group);
				}
			}
			return groups;
		}

		Group pool() {
			if (this.pool == null) {
				this.pool = new Group("demand not served by the other locations");
				this.ordered.add(this.pool);
			}
			return this.pool;
		}

		Group serving(SalesSeries series) {
			String region = series.region().toUpperCase(Locale.ROOT);
			if (AMAZON.equals(series.channel()) && this.fbaByRegion.containsKey(region)) {
				return this.fbaByRegion.get(region);
			}
			for (Map.Entry<List<String>, Group> entry : this.regional) {
				if (entry.getKey().stream().anyMatch(region::equalsIgnoreCase)) {
					return entry.getValue();
				}
			}
			return pool();
		}

		Group receiving(@Nullable String locationId) {
			Group group = (locationId != null) ? this.byLocation.get(locationId) : null;
			return (group != null) ? group : pool();
		}

		List<Group> all() {
			return this.ordered;
		}

	}

}
