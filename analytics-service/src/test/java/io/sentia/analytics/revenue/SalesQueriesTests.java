package io.sentia.analytics.revenue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import io.sentia.analytics.workingcapital.DateRange;
import io.sentia.testkit.InfrastructureTests;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The order lines kept beside each order, and the sales figures summed from both, on the
 * real PostgreSQL schema. Each test runs in a rolled-back transaction.
 */
@JdbcTest
class SalesQueriesTests extends InfrastructureTests {

	private static final String TENANT = "5a1e5000-0000-4000-8000-000000000001";

	private static final LocalDate JANUARY = LocalDate.of(2025, 1, 1);

	private static final DateRange JANUARY_RANGE = new DateRange(JANUARY, LocalDate.of(2025, 1, 31));

	/** GBP at 1 on every day of January; no other currency has a rate. */
	private static final ConversionFactors GBP_ONLY = factors(JANUARY_RANGE, "GBP", "1", false);

	@Autowired
	private NamedParameterJdbcTemplate namedJdbc;

	@Autowired
	private JdbcClient jdbc;

	private OrderRevenueRepository orders;

	private SalesQueries sales;

	@BeforeEach
	void wire() {
		this.orders = new OrderRevenueRepository(this.namedJdbc);
		this.sales = new SalesQueries(this.jdbc);
	}

	@Test
	void figuresCountOrdersUnitsRefundsAndCancellationsPerGroupAndCurrency() {
		store(order("1001", "2025-01-06", "UK", "shopify", "fulfilled", "GBP", "70.00", "A:2:40.00", "B:1:25.00"),
				order("1002", "2025-01-07", "UK", "amazon", "partially_refunded", "GBP", "20.00", "A:1:20.00"),
				order("1003", "2025-01-13", "US", "shopify", "fulfilled", "USD", "30.00", "B:3:30.00"),
				order("1004", "2025-01-13", "UK", "shopify", "cancelled", "GBP", "0.00", "A:5:100.00"));

		assertThat(rows(SalesGrouping.REGION)).containsExactly("UK GBP 90.00 orders=2 units=4 refunded=1 cancelled=1",
				"US USD 30.00 orders=1 units=3 refunded=0 cancelled=0");
		assertThat(rows(SalesGrouping.WEEK)).containsExactly(
				"2025-W02 GBP 90.00 orders=2 units=4 refunded=1 cancelled=0",
				"2025-W03 GBP 0.00 orders=0 units=0 refunded=0 cancelled=1",
				"2025-W03 USD 30.00 orders=1 units=3 refunded=0 cancelled=0");
		// Line revenue: what the products sold for, without the order-level difference.
		assertThat(rows(SalesGrouping.SKU)).containsExactly("A GBP 60.00 orders=2 units=3 refunded=1 cancelled=1",
				"B GBP 25.00 orders=1 units=1 refunded=0 cancelled=0",
				"B USD 30.00 orders=1 units=3 refunded=0 cancelled=0");
		assertThat(rows(SalesGrouping.TOTAL)).containsExactly("total GBP 90.00 orders=2 units=4 refunded=1 cancelled=1",
				"total USD 30.00 orders=1 units=3 refunded=0 cancelled=0");
	}

	@Test
	void linesAreGroupedByTheirProductsCategoryAndAProductWithoutOneIsNone() {
		this.jdbc.sql("""
				INSERT INTO product (tenant_id, sku, name, category, source, active, updated_at)
				VALUES (?, 'A', 'Single malt', 'Whisky', 'unleashed', true, now()),
				       (?, 'B', 'London dry', 'Gin', 'unleashed', true, now()),
				       (?, 'C', 'Sample', NULL, 'unleashed', true, now())
				""").param(TENANT).param(TENANT).param(TENANT).update();
		store(order("1101", "2025-01-06", "UK", "shopify", "fulfilled", "GBP", "70.00", "A:2:40.00", "B:1:25.00"),
				order("1102", "2025-01-07", "UK", "amazon", "fulfilled", "GBP", "35.00", "B:1:25.00", "C:1:5.00",
						"D:1:5.00"));

		// D is in no catalogue and C has no category: both are (none); the lines add up
		// to
		// the SKU grouping's total.
		assertThat(rows(SalesGrouping.CATEGORY)).containsExactly(
				"(none) GBP 10.00 orders=1 units=2 refunded=0 cancelled=0",
				"Gin GBP 50.00 orders=2 units=2 refunded=0 cancelled=0",
				"Whisky GBP 40.00 orders=1 units=2 refunded=0 cancelled=0");
	}

	@Test
	void aNewerSnapshotReplacesTheOrdersLinesAndAnOlderOneLeavesThemAlone() {
		store(order("2001", "2025-01-06", "UK", "shopify", "fulfilled", "GBP", "65.00", "A:2:40.00", "B:1:25.00"));
		// Refunded B and one A: the line for B is gone from the newer snapshot.
		store(order("2001", "2025-01-06", "UK", "shopify", "partially_refunded", "GBP", "20.00", "A:1:20.00")
			.updated("2025-01-09T00:00:00Z"));
		store(order("2001", "2025-01-06", "UK", "shopify", "fulfilled", "GBP", "65.00", "A:2:40.00", "B:1:25.00")
			.updated("2025-01-07T00:00:00Z"));

		assertThat(rows(SalesGrouping.SKU)).containsExactly("A GBP 20.00 orders=1 units=1 refunded=1 cancelled=0");
	}

	@Test
	void aRedeliveredSnapshotAndTwoSnapshotsInOneBatchLeaveTheNewestLines() {
		TestOrder first = order("3001", "2025-01-06", "UK", "shopify", "fulfilled", "GBP", "40.00", "A:2:40.00");
		TestOrder newer = order("3001", "2025-01-06", "UK", "shopify", "fulfilled", "GBP", "25.00", "B:1:25.00")
			.updated("2025-01-08T00:00:00Z");
		store(first, newer, first, newer);

		assertThat(rows(SalesGrouping.SKU)).containsExactly("B GBP 25.00 orders=1 units=1 refunded=0 cancelled=0");
		assertThat(this.jdbc.sql("SELECT count(*) FROM order_line WHERE tenant_id = ?")
			.param(TENANT)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anotherTenantsOrdersAreNeverCounted() {
		store(order("4001", "2025-01-06", "UK", "shopify", "fulfilled", "GBP", "40.00", "A:2:40.00"));

		assertThat(this.sales.figures("0ther000-0000-4000-8000-000000000001", JANUARY_RANGE, SalesGrouping.SKU,
				GBP_ONLY, 2))
			.isEmpty();
	}

	private List<String> rows(SalesGrouping grouping) {
		return figures(JANUARY_RANGE, grouping, GBP_ONLY).stream()
			.map((row) -> row.key() + " " + row.currency() + " " + row.revenue().setScale(2) + " orders=" + row.orders()
					+ " units=" + row.units() + " refunded=" + row.refundedOrders() + " cancelled="
					+ row.cancelledOrders())
			.toList();
	}

	@Test
	void moneyIsConvertedAtEachDaysRateRoundedPerOrderAndWhatHasNoRateIsReportedUnconverted() {
		this.jdbc.sql("""
				INSERT INTO product (tenant_id, sku, name, source, unit_cost, unit_cost_currency, active, updated_at)
				VALUES (?, 'A', 'Single malt', 'unleashed', 7.50, 'GBP', true, now()),
				       (?, 'B', 'Gin', 'unleashed', 4.00, 'EUR', true, now())
				""").param(TENANT).param(TENANT).update();
		store(order("5001", "2025-01-06", "US", "shopify", "fulfilled", "USD", "10.01", "A:1:10.01"),
				order("5002", "2025-01-06", "US", "shopify", "fulfilled", "USD", "10.01", "A:1:10.01"),
				order("5003", "2025-01-07", "US", "shopify", "fulfilled", "USD", "20.00", "B:2:20.00"),
				order("5004", "2025-01-08", "EU", "shopify", "fulfilled", "EUR", "30.00", "B:3:30.00"));
		// USD: 0.8 on the 6th (that day's own rate), 0.5 carried to the 7th from an
		// earlier day; EUR and the 8th have no rate at all.
		ConversionFactors rates = new ConversionFactors(new String[] { "USD", "USD", "GBP", "GBP", "GBP" },
				new String[] { "2025-01-06", "2025-01-07", "2025-01-06", "2025-01-07", "2025-01-08" },
				new String[] { "0.8", "0.5", "1", "1", "1" },
				new String[] { "false", "true", "false", "false", "false" });

		List<SalesFigures> byRegion = figures(JANUARY_RANGE, SalesGrouping.REGION, rates);

		assertThat(byRegion).extracting(SalesFigures::key, SalesFigures::currency)
			.containsExactly(tuple("EU", "EUR"), tuple("US", "USD"));
		SalesFigures eu = byRegion.get(0);
		assertThat(eu.revenueBase()).isEqualByComparingTo("0");
		assertThat(eu.unconverted()).isEqualByComparingTo("30.00");
		SalesFigures us = byRegion.get(1);
		// 10.01 × 0.8 = 8.008 → 8.01 per order, twice; 20.00 × 0.5 = 10.00.
		assertThat(us.revenueBase()).isEqualByComparingTo("26.02");
		assertThat(us.unconverted()).isEqualByComparingTo("0");
		assertThat(us.convertedAtEarlierRate()).isEqualTo(1);
		// A costs 7.50 GBP (known on every day); B's EUR cost has no rate, so order
		// 5003's
		// line has no known cost and counts in neither figure.
		assertThat(us.revenueWithCostBase()).isEqualByComparingTo("16.02");
		assertThat(us.costBase()).isEqualByComparingTo("15.00");
	}

	/**
	 * The figures summed from the orders (every day stale), checked to be the same when
	 * every day is built into {@code sales_day} first and when half the days are; the
	 * days are stale again afterwards.
	 */
	private List<SalesFigures> figures(DateRange range, SalesGrouping grouping, ConversionFactors factors) {
		markEveryDayStale();
		List<SalesFigures> fromOrders = this.sales.figures(TENANT, range, grouping, factors, 2);
		List<LocalDate> days = this.jdbc.sql("SELECT day FROM sales_day_stale WHERE tenant_id = ? ORDER BY day")
			.param(TENANT)
			.query(LocalDate.class)
			.list();
		assertThat(days).isNotEmpty();
		buildAndClear(days, factors);
		assertSameFigures(this.sales.figures(TENANT, range, grouping, factors, 2), fromOrders);
		markEveryDayStale();
		buildAndClear(days.subList(0, days.size() / 2), factors);
		assertSameFigures(this.sales.figures(TENANT, range, grouping, factors, 2), fromOrders);
		markEveryDayStale();
		return fromOrders;
	}

	private void buildAndClear(List<LocalDate> days, ConversionFactors factors) {
		this.sales.build(TENANT, days, factors, 2);
		this.jdbc.sql("DELETE FROM sales_day_stale WHERE tenant_id = ? AND day = ANY(?::date[])")
			.param(TENANT)
			.param(days.stream().map(LocalDate::toString).toList().toString().replace('[', '{').replace(']', '}'))
			.update();
		this.jdbc.sql("DELETE FROM sales_rebuild_from WHERE tenant_id = ?").param(TENANT).update();
	}

	private void markEveryDayStale() {
		this.jdbc.sql("""
				INSERT INTO sales_day_stale (tenant_id, day)
				SELECT DISTINCT tenant_id, order_date FROM order_revenue WHERE tenant_id = ?
				ON CONFLICT DO NOTHING
				""").param(TENANT).update();
	}

	private static void assertSameFigures(List<SalesFigures> actual, List<SalesFigures> expected) {
		assertThat(actual)
			.usingRecursiveFieldByFieldElementComparator(RecursiveComparisonConfiguration.builder()
				.withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
				.build())
			.containsExactlyElementsOf(expected);
	}

	private static ConversionFactors factors(DateRange range, String currency, String factor, boolean earlier) {
		List<String> days = range.from().datesUntil(range.to().plusDays(1)).map(LocalDate::toString).toList();
		return new ConversionFactors(days.stream().map((day) -> currency).toArray(String[]::new),
				days.toArray(String[]::new), days.stream().map((day) -> factor).toArray(String[]::new),
				days.stream().map((day) -> Boolean.toString(earlier)).toArray(String[]::new));
	}

	private void store(TestOrder... orders) {
		this.orders.upsertAll(Arrays.stream(orders).map(TestOrder::revenue).toList());
	}

	private static TestOrder order(String id, String date, String region, String channel, String status,
			String currency, String total, String... lines) {
		return new TestOrder(id, LocalDate.parse(date), region, channel, status, currency, new BigDecimal(total),
				Arrays.stream(lines)
					.map((line) -> line.split(":"))
					.map((parts) -> new OrderRevenue.Line(parts[0], parts[0], Integer.parseInt(parts[1]),
							new BigDecimal(parts[2])))
					.toList(),
				Instant.parse(date + "T12:00:00Z"));
	}

	/** An order as a test writes it, with the time of its snapshot. */
	private record TestOrder(String id, LocalDate date, String region, String channel, String status, String currency,
			BigDecimal total, List<OrderRevenue.Line> lines, Instant updatedAt) {

		TestOrder updated(String instant) {
			return new TestOrder(this.id, this.date, this.region, this.channel, this.status, this.currency, this.total,
					this.lines, Instant.parse(instant));
		}

		OrderRevenue revenue() {
			return new OrderRevenue(TENANT, "shopify", "store", this.id, this.date,
					this.date.atStartOfDay().toInstant(ZoneOffset.UTC), this.region, this.channel, this.status,
					this.currency, this.total, this.lines, this.updatedAt);
		}

	}

}
