package io.sentia.forecasting.demand;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;

import io.sentia.events.InventoryLevelChanged;
import io.sentia.events.Money;
import io.sentia.events.OrderLine;
import io.sentia.events.OrderUpserted;
import io.sentia.events.ProductUpserted;
import io.sentia.events.Supplier;
import io.sentia.forecasting.ForecastingServiceTests;
import io.sentia.forecasting.engine.hierarchy.SeriesKey;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Orders, products and stock levels published to Kafka become weekly demand through the
 * real broker and database: redelivery and late older snapshots change nothing, an update
 * replaces the order's contribution, cancellations and refunds remove it, bundles explode
 * into components, and stock-out days are flagged and adjusted.
 */
class DemandHistoryTests extends ForecastingServiceTests {

	/** A Monday; every test's orders fall in the week starting here. */
	private static final LocalDate WEEK = LocalDate.of(2026, 10, 5);

	/** The run date whose last full week is {@link #WEEK}. */
	private static final LocalDate TODAY = WEEK.plusWeeks(1).plusDays(2);

	@Autowired
	private DemandHistory history;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void redeliveringTheSameOrderEventChangesNothing() throws Exception {
		String tenant = newTenant();
		OrderUpserted order = order(tenant, "1001", "open", "2026-10-06T10:00:00Z", "2026-10-06T10:00:00Z",
				line("1", "WHISKY-12", 3));
		UUID eventId = UUID.randomUUID();
		publish(order, eventId);
		publish(order, eventId);
		// Same id, different content: recognised by the id, so ignored too.
		publish(order(tenant, "1001", "open", "2026-10-06T10:00:00Z", "2026-10-07T10:00:00Z",
				line("1", "WHISKY-12", 30)), eventId);
		publish(order(tenant, "1002", "open", "2026-10-08T10:00:00Z", "2026-10-08T10:00:00Z", line("1", "GIN-70", 1)));

		Map<String, Double> demand = awaitDemand(tenant, (weekly) -> weekly.containsKey("GIN-70:shopify:UK"));

		assertThat(demand).containsEntry("WHISKY-12:shopify:UK", 3.0);
		assertThat(this.jdbc.sql("SELECT count(*) FROM processed_event WHERE consumer = ? AND event_id = ?")
			.param(DemandListeners.ORDERS)
			.param(eventId)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anUpdateReplacesTheOrdersEarlierContributionAndAnOlderSnapshotIsIgnored() throws Exception {
		String tenant = newTenant();
		publish(order(tenant, "2001", "open", "2026-10-06T10:00:00Z", "2026-10-06T10:00:00Z", line("1", "WHISKY-12", 2),
				line("2", "GIN-70", 5)));
		awaitDemand(tenant, (weekly) -> weekly.containsKey("GIN-70:shopify:UK"));

		publish(order(tenant, "2001", "open", "2026-10-06T10:00:00Z", "2026-10-07T09:00:00Z",
				line("1", "WHISKY-12", 4)));
		publish(order(tenant, "2001", "open", "2026-10-06T10:00:00Z", "2026-10-06T12:00:00Z",
				line("1", "WHISKY-12", 99), line("2", "GIN-70", 99)));
		publish(order(tenant, "2002", "open", "2026-10-09T10:00:00Z", "2026-10-09T10:00:00Z", line("1", "RUM-70", 1)));

		Map<String, Double> demand = awaitDemand(tenant, (weekly) -> weekly.containsKey("RUM-70:shopify:UK"));
		assertThat(demand).containsEntry("WHISKY-12:shopify:UK", 4.0).doesNotContainKey("GIN-70:shopify:UK");
	}

	@Test
	void cancellationsAndRefundsRemoveTheOrdersDemand() throws Exception {
		String tenant = newTenant();
		publish(order(tenant, "3001", "open", "2026-10-06T10:00:00Z", "2026-10-06T10:00:00Z",
				line("1", "WHISKY-12", 2)));
		publish(order(tenant, "3002", "fulfilled", "2026-10-06T11:00:00Z", "2026-10-06T11:00:00Z",
				line("1", "WHISKY-12", 5)));
		publish(order(tenant, "3003", "fulfilled", "2026-10-07T11:00:00Z", "2026-10-07T11:00:00Z",
				line("1", "WHISKY-12", 7)));
		awaitDemand(tenant, (weekly) -> Double.valueOf(14).equals(weekly.get("WHISKY-12:shopify:UK")));

		publish(order(tenant, "3001", "cancelled", "2026-10-06T10:00:00Z", "2026-10-06T18:00:00Z",
				line("1", "WHISKY-12", 0)));
		publish(order(tenant, "3002", "refunded", "2026-10-06T11:00:00Z", "2026-10-08T11:00:00Z",
				line("1", "WHISKY-12", 5)));
		// Partially refunded: the line's quantity is already net of the refund.
		publish(order(tenant, "3003", "partially_refunded", "2026-10-07T11:00:00Z", "2026-10-09T11:00:00Z",
				line("1", "WHISKY-12", 6)));

		Map<String, Double> demand = awaitDemand(tenant,
				(weekly) -> Double.valueOf(6).equals(weekly.get("WHISKY-12:shopify:UK")));
		assertThat(demand).containsExactly(Map.entry("WHISKY-12:shopify:UK", 6.0));
	}

	@Test
	void aProductKeepsItsUnitCostAndSupplierForPlanning() throws Exception {
		String tenant = newTenant();
		publish(new ProductUpserted(tenant, "COST-WHISKY", "Whisky 12", "Whisky", "unleashed",
				new Money(new BigDecimal("12.3456"), "GBP"), null, 21, 60, 6,
				new Supplier("sup-7", "LDS", "Leith Distillers"), List.of(), true,
				Instant.parse("2026-11-01T00:00:00Z")));

		await().alias("product arrived")
			.atMost(PATIENCE)
			.until(() -> this.jdbc.sql("SELECT count(*) FROM product WHERE tenant_id = :tenant")
				.param("tenant", tenant)
				.query(Integer.class)
				.single() > 0);
		Map<String, Object> product = this.jdbc
			.sql("""
					SELECT unit_cost, cost_currency, supplier_id, supplier_code, supplier_name, lead_time_days, moq, case_pack
					FROM product WHERE tenant_id = :tenant
					""")
			.param("tenant", tenant)
			.query()
			.singleRow();
		assertThat((BigDecimal) product.get("unit_cost")).isEqualByComparingTo("12.3456");
		assertThat(product).containsEntry("cost_currency", "GBP")
			.containsEntry("supplier_id", "sup-7")
			.containsEntry("supplier_code", "LDS")
			.containsEntry("supplier_name", "Leith Distillers")
			.containsEntry("lead_time_days", 21)
			.containsEntry("moq", 60)
			.containsEntry("case_pack", 6);
	}

	@Test
	void bundlesExplodeIntoComponentDemandWhicheverArrivesFirst() throws Exception {
		String tenant = newTenant();
		publish(order(tenant, "4001", "fulfilled", "2026-10-06T10:00:00Z", "2026-10-06T10:00:00Z",
				line("1", "GIFT-SET", 2), line("2", "WHISKY-12", 1)));
		awaitDemand(tenant, (weekly) -> weekly.containsKey("GIFT-SET:shopify:UK"));

		publish(product(tenant, "GIFT-SET", "2026-10-01T00:00:00Z", List
			.of(new ProductUpserted.BundleComponent("WHISKY-12", 1), new ProductUpserted.BundleComponent("GLASS", 2))));
		Map<String, Double> demand = awaitDemand(tenant, (weekly) -> weekly.containsKey("GLASS:shopify:UK"));

		assertThat(demand).containsOnly(Map.entry("WHISKY-12:shopify:UK", 3.0), Map.entry("GLASS:shopify:UK", 4.0));
	}

	@Test
	void stockOutDaysAreFlaggedAndTheirWeekScaledFromTheInStockDays() throws Exception {
		String tenant = newTenant();
		// Monday to Tuesday in stock (2 + 2 sold), out from Wednesday 10:00 until Friday
		// 09:00, then in stock again (1 + 1 + 1 sold Friday to Sunday).
		publish(level(tenant, "unleashed:MAIN", InventoryLevelChanged.LocationType.WAREHOUSE, 40,
				"2026-10-01T08:00:00Z"));
		publish(level(tenant, "unleashed:MAIN", InventoryLevelChanged.LocationType.WAREHOUSE, 0,
				"2026-10-07T10:00:00Z"));
		publish(level(tenant, "unleashed:MAIN", InventoryLevelChanged.LocationType.WAREHOUSE, 24,
				"2026-10-09T09:00:00Z"));
		// FBA stock concerns Amazon demand only.
		publish(level(tenant, "amazon-fba:UK", InventoryLevelChanged.LocationType.AMAZON_FBA, 0,
				"2026-10-05T00:00:00Z"));
		String[] days = { "2026-10-05", "2026-10-06", "2026-10-07", "2026-10-09", "2026-10-10", "2026-10-11" };
		int[] units = { 2, 2, 1, 1, 1, 1 };
		for (int i = 0; i < days.length; i++) {
			publish(order(tenant, "50" + i, "fulfilled", days[i] + "T08:00:00Z", days[i] + "T08:00:00Z",
					line("1", "WHISKY-12", units[i])));
		}
		awaitLevels(tenant, 4);
		awaitDemand(tenant, (weekly) -> Double.valueOf(8).equals(weekly.get("WHISKY-12:shopify:UK")));

		DemandSeries series = series(this.history.weekly(tenant, TODAY), "WHISKY-12:shopify:UK");

		int last = series.observed().length - 1;
		assertThat(series.stockoutDays()[last]).as("Wednesday, Thursday, Friday").isEqualTo(3);
		assertThat(series.observed()[last]).isEqualTo(8);
		// The in-stock days (Mon, Tue, Sat, Sun) sold 2 + 2 + 1 + 1 = 6 in 4 days.
		assertThat(series.adjusted()[last]).isEqualTo(6 * 7.0 / 4);
		assertThat(series.adjustedWeeks()).isEqualTo(1);
	}

	private Map<String, Double> awaitDemand(String tenant, Predicate<Map<String, Double>> until) {
		return await().alias("demand of tenant " + tenant + " reached the expected state")
			.atMost(PATIENCE)
			.until(() -> lastWeek(tenant), until);
	}

	private void awaitLevels(String tenant, int count) {
		await().alias(count + " inventory levels of tenant " + tenant)
			.atMost(PATIENCE)
			.until(() -> this.jdbc.sql("SELECT count(*) FROM inventory_level WHERE tenant_id = ?")
				.param(tenant)
				.query(Integer.class)
				.single() >= count);
	}

	/**
	 * Units per series in the last full week, as observed (series without any left out).
	 */
	private Map<String, Double> lastWeek(String tenant) {
		WeeklyDemand weekly = this.history.weekly(tenant, TODAY);
		Map<String, Double> out = new TreeMap<>();
		for (DemandSeries series : weekly.series()) {
			double[] observed = series.observed();
			if (observed[observed.length - 1] > 0) {
				out.put(name(series.key()), observed[observed.length - 1]);
			}
		}
		return out;
	}

	private static DemandSeries series(WeeklyDemand weekly, String name) {
		return weekly.series()
			.stream()
			.filter((series) -> name(series.key()).equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no series " + name + " in " + weekly.series()));
	}

	private static String name(SeriesKey key) {
		return key.sku() + ":" + key.channel() + ":" + key.region();
	}

	static OrderUpserted order(String tenant, String orderId, String status, String orderedAt, String updatedAt,
			OrderLine... lines) {
		BigDecimal total = Arrays.stream(lines)
			.map((line) -> line.lineTotal().amount())
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		return new OrderUpserted(tenant, orderId, "shopify", "shopify", "UK", "highland-harbour-uk", status,
				Instant.parse(orderedAt), Instant.parse(updatedAt), "GBP", List.of(lines),
				new Money("cancelled".equals(status) ? BigDecimal.ZERO : total, "GBP"));
	}

	static OrderLine line(String lineId, String sku, int quantity) {
		return new OrderLine(lineId, sku, quantity, new Money(new BigDecimal("10.00"), "GBP"),
				new Money(new BigDecimal("10.00").multiply(BigDecimal.valueOf(quantity)), "GBP"));
	}

	static ProductUpserted product(String tenant, String sku, String updatedAt,
			List<ProductUpserted.BundleComponent> components) {
		return new ProductUpserted(tenant, sku, sku + " product", null, "unleashed", null, null, 14, 1, 1, null,
				components, true, Instant.parse(updatedAt));
	}

	static InventoryLevelChanged level(String tenant, String locationId, InventoryLevelChanged.LocationType type,
			int onHand, String asOf) {
		return new InventoryLevelChanged(tenant, "WHISKY-12",
				new InventoryLevelChanged.Location(locationId, locationId, type), "unleashed", onHand, onHand, 0, 0,
				Instant.parse(asOf));
	}

}
