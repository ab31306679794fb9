package io.sentia.analytics.workingcapital.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import io.sentia.analytics.workingcapital.BaseCurrency;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Revenue summed by any grouping is the same grand total, whatever the lines and their
 * order.
 */
class SalesGroupingPropertyTests {

	private static final LocalDate START = LocalDate.of(2025, 12, 20);

	private final SalesAggregator aggregator = new SalesAggregator(BaseCurrency.of("GBP"));

	@Property(tries = 300)
	void everyGroupingAddsUpToTheSameGrandTotal(@ForAll("lines") List<SalesLine> lines, @ForAll GroupBy groupBy) {
		PeriodAggregate whole = this.aggregator.aggregate(lines);

		BigDecimal grouped = this.aggregator.revenueBy(lines, groupBy)
			.values()
			.stream()
			.reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
		assertThat(grouped).isEqualTo(whole.revenue());
		List<SalesGroup> groups = this.aggregator.group(lines, groupBy);
		assertThat(
				groups.stream().map((group) -> group.totals().grossMargin()).reduce(BigDecimal.ZERO, BigDecimal::add))
			.isEqualByComparingTo(whole.grossMargin());
		assertThat(groups.stream().mapToLong((group) -> group.totals().units()).sum()).isEqualTo(whole.units());
	}

	@Property(tries = 200)
	void revenueByRegionAddsUpToRevenueByChannel(@ForAll("lines") List<SalesLine> lines) {
		assertThat(sum(this.aggregator.revenueBy(lines, GroupBy.REGION).values()))
			.isEqualTo(sum(this.aggregator.revenueBy(lines, GroupBy.CHANNEL).values()));
	}

	@Property(tries = 200)
	void theLinesOrderChangesNothing(@ForAll("lines") List<SalesLine> lines, @ForAll GroupBy groupBy,
			@ForAll long seed) {
		List<SalesLine> shuffled = new ArrayList<>(lines);
		Collections.shuffle(shuffled, new Random(seed));

		assertThat(this.aggregator.group(shuffled, groupBy)).isEqualTo(this.aggregator.group(lines, groupBy));
	}

	@Provide
	Arbitrary<List<SalesLine>> lines() {
		Arbitrary<String> regions = Arbitraries.of("UK", "EU", "US", "").injectNull(0.05);
		Arbitrary<String> channels = Arbitraries.of("shopify", "amazon", "wholesale");
		Arbitrary<BigDecimal> money = Arbitraries.bigDecimals()
			.between(new BigDecimal("-50"), new BigDecimal("5000"))
			.ofScale(3);
		Arbitrary<SalesLine> line = Combinators
			.combine(Arbitraries.integers().between(1, 30), Arbitraries.integers().between(0, 60), regions, channels,
					Arbitraries.of("SKU-1", "SKU-2", "SKU-3"), money, money.injectNull(0.2),
					Arbitraries.of(false, false, false, true))
			.as((order, day, region, channel, sku, revenue, cost, cancelled) -> new SalesLine("o" + order,
					START.plusDays(day), region, channel, channel + "-1", sku, (order % 3 == 0) ? null : "cat", "GBP",
					1 + order % 4, revenue, revenue, cost, BigDecimal.ZERO, cancelled));
		return line.list().ofMaxSize(80);
	}

	private static BigDecimal sum(Iterable<BigDecimal> amounts) {
		BigDecimal total = BigDecimal.ZERO.setScale(2);
		for (BigDecimal amount : amounts) {
			total = total.add(amount);
		}
		return total;
	}

}
