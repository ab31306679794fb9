package io.sentia.analytics.revenue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.sentia.analytics.fx.FxConverter;
import io.sentia.analytics.workingcapital.DateRange;
import io.sentia.testkit.InfrastructureTests;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily sales ({@code sales_day}) built in the background: the figures read from
 * built days equal those summed from the orders, whatever changes (an order, a rate, a
 * product's cost) makes the affected days stale until they are built again, and an order
 * stored while its day is being built leaves the day stale. The builder's own schedule is
 * off here; each test runs a pass itself.
 */
@SpringBootTest(properties = "sentia.analytics.sales-days.enabled=false")
class SalesDayBuilderTests extends InfrastructureTests {

	private static final DateRange FEBRUARY = new DateRange(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28));

	@Autowired
	private SalesDayBuilder builder;

	@Autowired
	private SalesQueries queries;

	@Autowired
	private OrderRevenueRepository orders;

	@Autowired
	private FxConverter fx;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private PlatformTransactionManager transactionManager;

	private String tenant;

	@BeforeEach
	void tenantWithRatesAndProducts() {
		this.tenant = UUID.randomUUID().toString();
		this.jdbc.sql("""
				INSERT INTO tenant (tenant_id, name, slug, base_currency, time_zone, status, updated_at)
				VALUES (?, 'Builder', ?, 'GBP', 'Europe/London', 'active', now())
				""").param(this.tenant).param(this.tenant).update();
		// 1 GBP = 1.25 USD from 2 February (the 1st has no rate: unconverted).
		rate("2026-02-02", "1.25");
		this.jdbc.sql("""
				INSERT INTO product (tenant_id, sku, name, category, source, unit_cost, unit_cost_currency, active,
				                     updated_at)
				VALUES (?, 'A', 'Single malt', 'Whisky', 'unleashed', 5.00, 'GBP', true, now()),
				       (?, 'B', 'Gin', 'Gin', 'unleashed', 3.10, 'USD', true, now())
				""").param(this.tenant).param(this.tenant).update();
		this.orders.upsertAll(List.of(order("o1", "2026-02-01", "US", "USD", "fulfilled", "10.01", "A:1:10.01"),
				order("o2", "2026-02-03", "UK", "GBP", "fulfilled", "100.00", "A:4:80.00", "B:1:20.00"),
				order("o3", "2026-02-04", "US", "USD", "partially_refunded", "50.03", "A:2:40.02", "B:1:10.01"),
				order("o4", "2026-02-04", "US", "USD", "fulfilled", "33.33", "B:3:33.33"),
				order("o5", "2026-02-05", "UK", "GBP", "cancelled", "0.00", "A:1:0.00"),
				order("o6", "2026-02-20", "EU", "USD", "fulfilled", "7.77", "C:1:7.77")));
	}

	@Test
	void builtDaysAnswerExactlyWhatTheOrdersSumTo() {
		List<List<SalesFigures>> fromOrders = everyGrouping();
		assertThat(staleDays()).containsExactly("2026-02-01", "2026-02-03", "2026-02-04", "2026-02-05", "2026-02-20");

		assertThat(this.builder.buildStale(Duration.ZERO)).isGreaterThanOrEqualTo(5);

		assertThat(staleDays()).isEmpty();
		assertThat(this.jdbc.sql("SELECT count(DISTINCT day) FROM sales_day WHERE tenant_id = ?")
			.param(this.tenant)
			.query(Integer.class)
			.single()).isEqualTo(5);
		assertSame(everyGrouping(), fromOrders);
	}

	@Test
	void rangesOfWholeAndPartMonthsReadFromBuiltMonthsAndDaysAddUpToTheOrders() {
		this.orders.upsertAll(List.of(order("j1", "2026-01-15", "UK", "GBP", "fulfilled", "11.11", "A:1:11.11"),
				order("j2", "2026-01-31", "US", "USD", "fulfilled", "22.22", "B:2:22.22"),
				order("m1", "2026-03-01", "UK", "GBP", "fulfilled", "33.33", "A:3:33.33"),
				order("m2", "2026-03-10", "EU", "USD", "refunded", "0.00", "C:1:0.00")));
		List<DateRange> ranges = List.of(new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)),
				new DateRange(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 3, 1)),
				new DateRange(LocalDate.of(2026, 1, 16), LocalDate.of(2026, 2, 28)), FEBRUARY);
		List<List<List<SalesFigures>>> fromOrders = ranges.stream().map(this::everyGrouping).toList();

		this.builder.buildStale(Duration.ZERO);

		assertThat(staleDays()).isEmpty();
		assertThat(this.jdbc.sql("SELECT count(DISTINCT month) FROM sales_month WHERE tenant_id = ?")
			.param(this.tenant)
			.query(Integer.class)
			.single()).isEqualTo(3);
		for (int i = 0; i < ranges.size(); i++) {
			assertSame(everyGrouping(ranges.get(i)), fromOrders.get(i));
		}
	}

	@Test
	void anOrderStoredOnABuiltDayCountsAtOnceAndItsDayIsBuiltAgain() {
		this.builder.buildStale(Duration.ZERO);

		this.orders.upsertAll(List.of(order("o7", "2026-02-03", "UK", "GBP", "fulfilled", "12.34", "A:1:12.34")));

		assertThat(staleDays()).containsExactly("2026-02-03");
		assertThat(this.queries.figures(this.tenant, FEBRUARY, SalesGrouping.TOTAL, factors(), 2))
			.filteredOn((row) -> row.currency().equals("GBP"))
			.singleElement()
			.satisfies((gbp) -> assertThat(gbp.revenue()).isEqualByComparingTo("112.34"));
		List<List<SalesFigures>> withTheOrder = everyGrouping();
		this.builder.buildStale(Duration.ZERO);
		assertThat(staleDays()).isEmpty();
		assertSame(everyGrouping(), withTheOrder);
	}

	@Test
	void anOrderMovedToAnotherDayLeavesBothDaysRight() {
		this.builder.buildStale(Duration.ZERO);

		this.orders.upsertAll(List.of(order(Instant.parse("2026-02-11T00:00:00Z"), "o2", "2026-02-10", "UK", "GBP",
				"fulfilled", "100.00", "A:4:80.00", "B:1:20.00")));

		assertThat(staleDays()).containsExactly("2026-02-03", "2026-02-10");
		List<List<SalesFigures>> moved = everyGrouping();
		assertThat(this.queries.figures(this.tenant, new DateRange(LocalDate.of(2026, 2, 3), LocalDate.of(2026, 2, 3)),
				SalesGrouping.TOTAL, factors(), 2))
			.isEmpty();
		this.builder.buildStale(Duration.ZERO);
		assertSame(everyGrouping(), moved);
	}

	@Test
	void aNewRateMakesItsDayAndEveryLaterDayStaleAndTheyAreBuiltAtTheNewRate() {
		this.builder.buildStale(Duration.ZERO);
		BigDecimal before = total().revenueBase();

		// From the 4th, 1 GBP = 1.00 USD: o3, o4 and o6 convert at 1 instead of 0.8.
		rate("2026-02-04", "1.00");

		assertThat(this.jdbc.sql("SELECT from_day FROM sales_rebuild_from WHERE tenant_id = ?")
			.param(this.tenant)
			.query(LocalDate.class)
			.single()).isEqualTo("2026-02-04");
		List<List<SalesFigures>> atNewRate = everyGrouping();
		// (50.03 + 33.33 + 7.77) × (1 − 0.8) = 18.23 more, rounded per order: 40.02 →
		// 50.03, 26.66 → 33.33, 6.22 → 7.77.
		assertThat(total().revenueBase().subtract(before)).isEqualByComparingTo("18.23");
		this.builder.buildStale(Duration.ZERO);
		assertThat(staleDays()).isEmpty();
		assertSame(everyGrouping(), atNewRate);
	}

	@Test
	void aProductsNewCostOrCategoryRebuildsTheTenantsDaysAndTheSameStateAgainDoesNot() {
		this.builder.buildStale(Duration.ZERO);

		this.jdbc.sql("UPDATE product SET updated_at = now() WHERE tenant_id = ? AND sku = 'A'")
			.param(this.tenant)
			.update();
		assertThat(staleDays()).isEmpty();
		assertThat(this.jdbc.sql("SELECT count(*) FROM sales_rebuild_from WHERE tenant_id = ?")
			.param(this.tenant)
			.query(Integer.class)
			.single()).isZero();

		this.jdbc.sql("UPDATE product SET unit_cost = 6.00, category = 'Malt' WHERE tenant_id = ? AND sku = 'A'")
			.param(this.tenant)
			.update();
		List<List<SalesFigures>> newCost = everyGrouping();
		assertThat(newCost.get(SalesGrouping.CATEGORY.ordinal())).extracting(SalesFigures::key).contains("Malt");
		this.builder.buildStale(Duration.ZERO);
		assertThat(staleDays()).isEmpty();
		assertSame(everyGrouping(), newCost);
	}

	@Test
	void anOrderStoredWhileItsDayIsBeingBuiltLeavesTheDayStale() throws Exception {
		// Every day built, then stale again for a minute: a pass that wants days left
		// alone for 10 s builds them, but not a day marked again now.
		this.builder.buildStale(Duration.ZERO);
		this.jdbc
			.sql("""
					INSERT INTO sales_day_stale (tenant_id, day, marked_at)
					SELECT DISTINCT tenant_id, order_date, now() - interval '1 minute' FROM order_revenue WHERE tenant_id = ?
					""")
			.param(this.tenant)
			.update();
		CountDownLatch stored = new CountDownLatch(1);
		CountDownLatch commit = new CountDownLatch(1);
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);
		// The day is stale (version 1); this transaction marks it again (version 2) and
		// commits only after the builder has read version 1 and summed the day without
		// the order.
		ExecutorService threads = Executors.newFixedThreadPool(2);
		CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> transaction.executeWithoutResult((status) -> {
			this.orders.upsertAll(List.of(order("o8", "2026-02-20", "EU", "USD", "fulfilled", "1.00", "C:1:1.00")));
			stored.countDown();
			await(commit);
		}), threads);
		assertThat(stored.await(30, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<Integer> build = CompletableFuture
			.supplyAsync(() -> this.builder.buildStale(Duration.ofSeconds(10)), threads);
		// The builder now waits on the writer's mark to remove its own.
		Thread.sleep(1000);
		assertThat(build).isNotDone();
		commit.countDown();
		writer.get(30, TimeUnit.SECONDS);
		assertThat(build.get(30, TimeUnit.SECONDS)).isEqualTo(5);
		threads.shutdown();

		// Built without o8, and still stale: o8 counts.
		assertThat(staleDays()).containsExactly("2026-02-20");
		assertThat(total().orders()).isEqualTo(6);
		this.builder.buildStale(Duration.ZERO);
		assertThat(staleDays()).isEmpty();
		assertThat(total().orders()).isEqualTo(6);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private List<List<SalesFigures>> everyGrouping() {
		return everyGrouping(FEBRUARY);
	}

	private List<List<SalesFigures>> everyGrouping(DateRange range) {
		ConversionFactors factors = ConversionFactors.of(this.fx.rates(this.tenant, range.from(), range.to()), "GBP",
				this.queries.currencies(this.tenant, range), range);
		return Arrays.stream(SalesGrouping.values())
			.map((grouping) -> this.queries.figures(this.tenant, range, grouping, factors, 2))
			.toList();
	}

	/** The figures of February in total, summed over its currencies. */
	private SalesFigures total() {
		List<SalesFigures> rows = this.queries.figures(this.tenant, FEBRUARY, SalesGrouping.TOTAL, factors(), 2);
		return rows.stream()
			.reduce((a, b) -> new SalesFigures("total", "*", a.revenue().add(b.revenue()),
					a.revenueBase().add(b.revenueBase()), a.unconverted().add(b.unconverted()),
					a.convertedAtEarlierRate() + b.convertedAtEarlierRate(),
					a.revenueWithCostBase().add(b.revenueWithCostBase()), a.costBase().add(b.costBase()),
					a.orders() + b.orders(), a.units() + b.units(), a.refundedOrders() + b.refundedOrders(),
					a.cancelledOrders() + b.cancelledOrders()))
			.orElseThrow();
	}

	private ConversionFactors factors() {
		return ConversionFactors.of(this.fx.rates(this.tenant, FEBRUARY.from(), FEBRUARY.to()), "GBP",
				this.queries.currencies(this.tenant, FEBRUARY), FEBRUARY);
	}

	private static void assertSame(List<List<SalesFigures>> actual, List<List<SalesFigures>> expected) {
		assertThat(actual).hasSameSizeAs(expected);
		for (int i = 0; i < actual.size(); i++) {
			assertThat(actual.get(i)).as(SalesGrouping.values()[i].name())
				.usingRecursiveFieldByFieldElementComparator(RecursiveComparisonConfiguration.builder()
					.withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
					.build())
				.containsExactlyElementsOf(expected.get(i));
		}
	}

	private List<String> staleDays() {
		return this.jdbc.sql("""
				SELECT to_char(day, 'YYYY-MM-DD') FROM sales_day_stale WHERE tenant_id = ?
				UNION
				SELECT to_char(o.order_date, 'YYYY-MM-DD') FROM order_revenue o
				JOIN sales_rebuild_from r ON r.tenant_id = o.tenant_id AND o.order_date >= r.from_day
				WHERE o.tenant_id = ?
				ORDER BY 1
				""").param(this.tenant).param(this.tenant).query(String.class).list();
	}

	private void rate(String day, String rate) {
		this.jdbc.sql("""
				INSERT INTO fx_rate (tenant_id, base_currency, quote_currency, rate_date, rate, source, updated_at)
				VALUES (?, 'GBP', 'USD', ?::date, ?::numeric, 'manual', now())
				""").param(this.tenant).param(day).param(rate).update();
	}

	private OrderRevenue order(String id, String date, String region, String currency, String status, String total,
			String... lines) {
		return order(Instant.parse(date + "T12:00:00Z"), id, date, region, currency, status, total, lines);
	}

	private OrderRevenue order(Instant updatedAt, String id, String date, String region, String currency, String status,
			String total, String... lines) {
		LocalDate day = LocalDate.parse(date);
		return new OrderRevenue(this.tenant, "shopify", "store", id, day, day.atStartOfDay().toInstant(ZoneOffset.UTC),
				region, "shopify", status, currency, new BigDecimal(total),
				Arrays.stream(lines)
					.map((line) -> line.split(":"))
					.map((parts) -> new OrderRevenue.Line(parts[0] + "-" + id, parts[0], Integer.parseInt(parts[1]),
							new BigDecimal(parts[2])))
					.toList(),
				updatedAt);
	}

}
