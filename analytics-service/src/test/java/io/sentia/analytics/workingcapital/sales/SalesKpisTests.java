package io.sentia.analytics.workingcapital.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.sentia.analytics.workingcapital.BaseCurrency;
import io.sentia.analytics.workingcapital.DateRange;
import io.sentia.analytics.workingcapital.Figure;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class SalesKpisTests {

	private static final BaseCurrency GBP = BaseCurrency.of("GBP");

	private static final DateRange WEEK = DateRange.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 8));

	private final SalesAggregator aggregator = new SalesAggregator(GBP);

	private static final List<SalesLine> LINES = List.of(
			line("shopify:uk:1", "2026-03-02", "UK", "shopify", "SKU-A", "Mugs", "GBP", 2, "20.00", "20.00", "8.00",
					"0", false),
			line("shopify:uk:1", "2026-03-02", "UK", "shopify", "SKU-B", null, "GBP", 1, "10.00", "10.00", null, "0",
					false),
			// 10.005 rounds half-even to 10.00 before it is added anywhere.
			line("amazon:de:2", "2026-03-03", "EU", "amazon", "SKU-A", "Mugs", "EUR", 1, "11.50", "10.005", "4.00",
					"2.00", false),
			line("shopify:uk:3", "2026-03-04", "UK", "shopify", "SKU-A", "Mugs", "GBP", 5, "50.00", "50.00", "20.00",
					"0", true),
			// The previous week.
			line("shopify:uk:0", "2026-02-25", "UK", "shopify", "SKU-A", "Mugs", "GBP", 5, "50.00", "50.00", "20.00",
					"0", false));

	@Test
	void addsUpAPeriodLeavingCancelledLinesOutOfRevenue() {
		PeriodAggregate week = this.aggregator.aggregate(LINES, WEEK);

		assertThat(week.revenue()).isEqualTo(new BigDecimal("40.00"));
		assertThat(week.revenueByCurrency()).containsExactly(entry("EUR", new BigDecimal("11.50")),
				entry("GBP", new BigDecimal("30.00")));
		assertThat(week.revenueWithCost()).isEqualTo(new BigDecimal("30.00"));
		assertThat(week.grossMargin()).isEqualTo(new BigDecimal("18.00"));
		assertThat(week.orders()).isEqualTo(2);
		assertThat(week.units()).isEqualTo(4);
		assertThat(week.refunds()).isEqualTo(new BigDecimal("2.00"));
		assertThat(week.cancellations()).isEqualTo(1);
	}

	@Test
	void averageOrderValueAndGrossMarginPercent() {
		SalesKpis kpis = SalesKpis.of(this.aggregator.aggregate(LINES, WEEK), GBP);

		assertThat(kpis.averageOrderValue()).isEqualTo(Figure.of(new BigDecimal("20.00")));
		// 18 / 30 of the revenue whose cost is known.
		assertThat(kpis.grossMarginPercent()).isEqualTo(Figure.of(new BigDecimal("60.00")));
	}

	@Test
	void aPeriodWithoutOrdersHasNoAverageOrderValueRatherThanZero() {
		SalesKpis kpis = SalesKpis.of(this.aggregator.aggregate(List.of()), GBP);

		assertThat(kpis.averageOrderValue()).isEqualTo(Figure.unavailable("no orders in the period"));
		assertThat(kpis.grossMarginPercent().isAvailable()).isFalse();
	}

	@Test
	void comparesWithThePreviousPeriodAndTheSamePeriodLastYear() {
		SalesComparison comparison = SalesComparison.of(WEEK, LINES, this.aggregator, GBP);

		assertThat(comparison.previousPeriod())
			.isEqualTo(DateRange.of(LocalDate.of(2026, 2, 23), LocalDate.of(2026, 3, 1)));
		assertThat(comparison.samePeriodLastYear())
			.isEqualTo(DateRange.of(LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 8)));
		assertThat(comparison.vsPrevious().revenue()).isEqualTo(new Change(new BigDecimal("50.00"),
				new BigDecimal("40.00"), new BigDecimal("-10.00"), new BigDecimal("-20.00")));
		assertThat(comparison.vsPrevious().orders().percent()).isEqualTo(new BigDecimal("100.00"));
		assertThat(comparison.vsPrevious().averageOrderValue().absolute()).isEqualTo(new BigDecimal("-30.00"));
		assertThat(comparison.vsPrevious().grossMarginPercent().absolute()).isEqualByComparingTo("0");
		// Nothing sold a year ago: the change is the whole figure, the % is undefined.
		assertThat(comparison.vsLastYear().revenue().absolute()).isEqualTo(new BigDecimal("40.00"));
		assertThat(comparison.vsLastYear().revenue().percent()).isNull();
		assertThat(comparison.vsLastYear().averageOrderValue().absolute()).isNull();
	}

	@Test
	void percentChangeIsAgainstTheSizeOfANegativeBase() {
		Change change = Change.between(new BigDecimal("-50"), new BigDecimal("-25"));

		assertThat(change.absolute()).isEqualByComparingTo("25");
		assertThat(change.percent()).isEqualTo(new BigDecimal("50.00"));
	}

	@Test
	void groupsByEveryDimensionWithLinesWithoutAValueInTheirOwnGroup() {
		List<SalesLine> week = LINES.stream().filter((line) -> WEEK.contains(line.date())).toList();

		assertThat(this.aggregator.revenueBy(week, GroupBy.REGION))
			.containsExactly(entry("EU", new BigDecimal("10.00")), entry("UK", new BigDecimal("30.00")));
		assertThat(this.aggregator.revenueBy(week, GroupBy.CATEGORY))
			.containsExactly(entry(GroupBy.NONE, new BigDecimal("10.00")), entry("Mugs", new BigDecimal("30.00")));
		assertThat(this.aggregator.group(week, GroupBy.REGION).get(1).totals().cancellations()).isEqualTo(1);
	}

	@Test
	void topMoversRankByAbsoluteChangeEachWay() {
		Map<String, BigDecimal> previous = Map.of("A", new BigDecimal("100"), "B", new BigDecimal("50"), "C",
				new BigDecimal("10"));
		Map<String, BigDecimal> current = Map.of("A", new BigDecimal("150"), "B", new BigDecimal("20"), "D",
				new BigDecimal("30"), "E", new BigDecimal("30"));

		TopMovers movers = TopMovers.of(previous, current, 5);
		TopMovers top = TopMovers.of(previous, current, 1);

		assertThat(movers.up()).extracting(Mover::key).containsExactly("A", "D", "E");
		assertThat(movers.down()).extracting(Mover::key).containsExactly("B", "C");
		assertThat(movers.down().get(1).change().percent()).isEqualTo(new BigDecimal("-100.00"));
		assertThat(movers.up().get(1).change().percent()).isNull();
		assertThat(top.up()).extracting(Mover::key).containsExactly("A");
		assertThat(top.down()).extracting(Mover::key).containsExactly("B");
	}

	static SalesLine line(String order, String date, String region, String channel, String sku, String category,
			String currency, long units, String revenue, String revenueBase, String cost, String refunds,
			boolean cancelled) {
		return new SalesLine(order, LocalDate.parse(date), region, channel, channel + "-store", sku, category, currency,
				units, new BigDecimal(revenue), new BigDecimal(revenueBase),
				(cost != null) ? new BigDecimal(cost) : null, new BigDecimal(refunds), cancelled);
	}

}
