package io.sentia.integrations.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.sentia.events.InventoryLevelChanged;
import io.sentia.events.InvoiceType;
import io.sentia.events.InvoiceUpserted;
import io.sentia.events.Money;
import io.sentia.events.OrderLine;
import io.sentia.events.OrderUpserted;
import io.sentia.events.ProductUpserted;
import io.sentia.events.PurchaseOrderUpserted;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The standard demo dataset looks like a real spirits brand's: enough orders but not too
 * many, gifting seasonality, weekly rhythm, slow movers, bundles, stock-outs, late
 * payers.
 */
class DemoDatasetShapeTests {

	private final Collection<OrderUpserted> orders = StandardDemoDataset.finalOrders().values();

	@Test
	void holdsAModerateNumberOfOrdersOverTwoYears() {
		assertThat(this.orders).hasSizeBetween(25_000, 40_000);
		LocalDate first = this.orders.stream()
			.map(StandardDemoDataset::orderDay)
			.min(LocalDate::compareTo)
			.orElseThrow();
		LocalDate last = this.orders.stream()
			.map(StandardDemoDataset::orderDay)
			.max(LocalDate::compareTo)
			.orElseThrow();
		assertThat(first).isEqualTo(StandardDemoDataset.SPEC.firstDay());
		assertThat(last).isEqualTo(StandardDemoDataset.SPEC.lastDay());
		assertThat(first.plusYears(2)).isBeforeOrEqualTo(last);
	}

	@Test
	void decemberOutsellsTheAverageMonthInEveryCurrency() {
		Map<String, Map<YearMonth, BigDecimal>> monthly = monthlyRevenue(this.orders);
		assertThat(monthly).containsOnlyKeys("EUR", "GBP", "USD");
		monthly.forEach((currency, months) -> {
			BigDecimal average = average(months.values());
			for (YearMonth december : decembers(months)) {
				assertThat(months.get(december)).as("%s revenue in %s", currency, december).isGreaterThan(average);
			}
		});
	}

	@Test
	void retailDecemberIsTheGiftingPeakOfItsSeason() {
		Map<String, Map<YearMonth, BigDecimal>> monthly = monthlyRevenue(
				this.orders.stream().filter((order) -> !"wholesale".equals(order.channel())).toList());
		monthly.forEach((currency, months) -> {
			for (YearMonth december : decembers(months)) {
				// Months around it, so that strong growth (US) does not hide the season.
				List<BigDecimal> around = months.entrySet()
					.stream()
					.filter((entry) -> !entry.getKey().equals(december) && Math.abs(entry.getKey().getYear() * 12
							+ entry.getKey().getMonthValue() - december.getYear() * 12 - december.getMonthValue()) <= 5)
					.map(Map.Entry::getValue)
					.toList();
				assertThat(months.get(december)).as("%s retail revenue in %s", currency, december)
					.isGreaterThan(average(around).multiply(new BigDecimal("1.4")));
			}
		});
	}

	@Test
	void webShopsSellLessOnWeekendsAndTradeOnlyOnWeekdays() {
		Map<LocalDate, Integer> webShopOrders = new HashMap<>();
		int weekendTradeOrders = 0;
		for (OrderUpserted order : this.orders) {
			LocalDate day = StandardDemoDataset.orderDay(order);
			boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
			if ("shopify".equals(order.channel())) {
				webShopOrders.merge(day, 1, Integer::sum);
			}
			if ("wholesale".equals(order.channel()) && weekend) {
				weekendTradeOrders++;
			}
		}
		double saturdays = averagePerDay(webShopOrders, Set.of(DayOfWeek.SATURDAY));
		double midweek = averagePerDay(webShopOrders,
				Set.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY));
		assertThat(saturdays).isLessThan(midweek * 0.92);
		assertThat(weekendTradeOrders).isZero();
	}

	@Test
	void slowMoversSellOnFewerThanHalfOfTheDays() {
		Map<String, Set<LocalDate>> daysWithSales = new TreeMap<>();
		for (OrderUpserted order : this.orders) {
			for (OrderLine line : order.lines()) {
				daysWithSales.computeIfAbsent(line.sku(), (sku) -> new java.util.HashSet<>())
					.add(StandardDemoDataset.orderDay(order));
			}
		}
		int days = StandardDemoDataset.SPEC.days();
		List<String> intermittent = daysWithSales.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().size() < days / 2)
			.map(Map.Entry::getKey)
			.toList();
		List<String> everyday = daysWithSales.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().size() > days * 0.95)
			.map(Map.Entry::getKey)
			.toList();
		assertThat(intermittent).hasSizeGreaterThanOrEqualTo(8).contains("HH-WSK-CSK-70", "HH-GIN-OLD-70");
		assertThat(everyday).contains("HH-GIN-LD-70");
	}

	@Test
	void giftSetsAreBundlesOfCataloguedBottlesAndSell() {
		List<ProductUpserted> products = StandardDemoDataset.events(ProductUpserted.class);
		Set<String> skus = products.stream().map(ProductUpserted::sku).collect(Collectors.toSet());
		List<ProductUpserted> bundles = products.stream().filter((product) -> !product.components().isEmpty()).toList();
		assertThat(skus).hasSizeBetween(35, 45);
		assertThat(bundles).isNotEmpty();
		assertThat(bundles).allSatisfy((bundle) -> assertThat(bundle.components())
			.allSatisfy((component) -> assertThat(skus).contains(component.sku())));
		Set<String> bundleSkus = bundles.stream().map(ProductUpserted::sku).collect(Collectors.toSet());
		long bundleLines = this.orders.stream()
			.flatMap((order) -> order.lines().stream())
			.filter((line) -> bundleSkus.contains(line.sku()))
			.count();
		assertThat(bundleLines).isGreaterThan(1000);
	}

	@Test
	void everyAmountIsMoneyWithTwoDecimals() {
		List<Money> amounts = new ArrayList<>();
		for (OrderUpserted order : StandardDemoDataset.events(OrderUpserted.class)) {
			amounts.add(order.total());
			order.lines().forEach((line) -> {
				amounts.add(line.unitPrice());
				amounts.add(line.lineTotal());
			});
		}
		for (ProductUpserted product : StandardDemoDataset.events(ProductUpserted.class)) {
			amounts.add(product.unitCost());
			amounts.add(product.price());
		}
		for (PurchaseOrderUpserted order : StandardDemoDataset.events(PurchaseOrderUpserted.class)) {
			amounts.add(order.total());
			order.lines().forEach((line) -> {
				amounts.add(line.unitCost());
				amounts.add(line.lineTotal());
			});
		}
		for (InvoiceUpserted invoice : StandardDemoDataset.events(InvoiceUpserted.class)) {
			amounts.addAll(List.of(invoice.subTotal(), invoice.totalTax(), invoice.total(), invoice.amountPaid(),
					invoice.amountCredited(), invoice.amountDue()));
		}
		assertThat(amounts).hasSizeGreaterThan(100_000);
		assertThat(amounts).filteredOn((money) -> money.amount().scale() != 2 || money.amount().signum() < 0).isEmpty();
	}

	@Test
	void orderTotalsAreTheirLinesAndCancelledOrdersAreZero() {
		List<OrderUpserted> snapshots = StandardDemoDataset.events(OrderUpserted.class);
		assertThat(snapshots)
			.filteredOn((order) -> order.total()
				.amount()
				.compareTo(order.lines()
					.stream()
					.map((line) -> line.lineTotal().amount())
					.reduce(BigDecimal.ZERO, BigDecimal::add)) != 0)
			.isEmpty();
		Map<String, Long> byStatus = this.orders.stream()
			.collect(Collectors.groupingBy(OrderUpserted::status, Collectors.counting()));
		assertThat(byStatus).containsKeys("fulfilled", "cancelled", "refunded", "partially_refunded", "open");
		assertThat(byStatus.get("cancelled") + byStatus.get("refunded")).isBetween(this.orders.size() / 100L,
				this.orders.size() / 20L);
		assertThat(this.orders).filteredOn((order) -> Set.of("cancelled", "refunded").contains(order.status()))
			.allSatisfy((order) -> assertThat(order.total().amount()).isZero());
		// A cancellation is an update: the order was first seen open with its full total.
		Map<String, OrderUpserted> finalOrders = StandardDemoDataset.finalOrders();
		long cancelledAfterOpen = snapshots.stream()
			.filter((order) -> "open".equals(order.status()) && order.total().amount().signum() > 0)
			.map(OrderUpserted::entityId)
			.filter((id) -> "cancelled".equals(finalOrders.get(id).status()))
			.count();
		assertThat(cancelledAfterOpen).isEqualTo(byStatus.get("cancelled"));
	}

	@Test
	void stockRunsOutNowAndThenButNeverBelowZero() {
		List<InventoryLevelChanged> levels = StandardDemoDataset.events(InventoryLevelChanged.class);
		assertThat(levels)
			.filteredOn((level) -> level.available() < 0 || level.onHand() != level.available() + level.reserved())
			.isEmpty();
		Set<String> stockedOut = levels.stream()
			.filter((level) -> level.available() == 0)
			.map(InventoryLevelChanged::entityId)
			.collect(Collectors.toSet());
		assertThat(stockedOut).hasSizeBetween(5, 60);
		assertThat(levels.stream().map((level) -> level.location().locationId()).distinct())
			.containsExactlyInAnyOrder("unleashed:WH-LEITH", "unleashed:WH-NEWARK", "amazon-fba:UK", "amazon-fba:US");
	}

	@Test
	void purchaseOrdersRespectMinimumOrderQuantitiesAndCasePacks() {
		Map<String, ProductUpserted> products = new HashMap<>();
		StandardDemoDataset.events(ProductUpserted.class).forEach((product) -> products.put(product.sku(), product));
		List<PurchaseOrderUpserted> placed = StandardDemoDataset.events(PurchaseOrderUpserted.class)
			.stream()
			.filter((order) -> "placed".equals(order.status()))
			.toList();
		assertThat(placed).hasSizeGreaterThan(50);
		assertThat(placed.stream()
			.flatMap((order) -> order.lines().stream())
			.filter((line) -> !line.sku().equals("HH-WSK-CSK-70"))).allSatisfy((line) -> {
				ProductUpserted product = products.get(line.sku());
				assertThat(line.quantity()).isGreaterThanOrEqualTo(product.moq());
				assertThat(line.quantity() % product.casePack()).isZero();
			});
		assertThat(placed.stream().map(PurchaseOrderUpserted::currency).distinct()).containsExactlyInAnyOrder("GBP",
				"EUR", "USD");
	}

	@Test
	void someTradeCustomersPayAfterTheDueDate() {
		List<InvoiceUpserted> paidReceivables = StandardDemoDataset.events(InvoiceUpserted.class)
			.stream()
			.filter((invoice) -> invoice.type() == InvoiceType.ACCREC && "paid".equals(invoice.status()))
			.toList();
		long late = paidReceivables.stream()
			.filter((invoice) -> invoice.fullyPaidOn().isAfter(invoice.dueDate()))
			.count();
		assertThat(paidReceivables).hasSizeGreaterThan(200);
		assertThat(late).isBetween(paidReceivables.size() / 5L, paidReceivables.size() * 4L / 5L);
		assertThat(StandardDemoDataset.events(InvoiceUpserted.class))
			.anySatisfy((bill) -> assertThat(bill.type()).isEqualTo(InvoiceType.ACCPAY));
	}

	/**
	 * Revenue per currency and month, whole months only (the first month holds one day).
	 */
	private static Map<String, Map<YearMonth, BigDecimal>> monthlyRevenue(Collection<OrderUpserted> orders) {
		Map<String, Map<YearMonth, BigDecimal>> monthly = new TreeMap<>();
		for (OrderUpserted order : orders) {
			monthly.computeIfAbsent(order.currency(), (currency) -> new TreeMap<>())
				.merge(YearMonth.from(StandardDemoDataset.orderDay(order)), order.total().amount(), BigDecimal::add);
		}
		monthly.values().forEach((months) -> months.remove(YearMonth.from(StandardDemoDataset.SPEC.firstDay())));
		return monthly;
	}

	private static List<YearMonth> decembers(Map<YearMonth, BigDecimal> months) {
		List<YearMonth> decembers = months.keySet()
			.stream()
			.filter((month) -> month.getMonth() == Month.DECEMBER)
			.toList();
		assertThat(decembers).hasSize(2);
		return decembers;
	}

	private static BigDecimal average(Collection<BigDecimal> values) {
		return values.stream()
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
	}

	private static double averagePerDay(Map<LocalDate, Integer> ordersByDay, Set<DayOfWeek> weekdays) {
		return ordersByDay.entrySet()
			.stream()
			.filter((entry) -> weekdays.contains(entry.getKey().getDayOfWeek()))
			.mapToInt(Map.Entry::getValue)
			.average()
			.orElseThrow();
	}

}
