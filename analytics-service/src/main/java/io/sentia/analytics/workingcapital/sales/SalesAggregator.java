package io.sentia.analytics.workingcapital.sales;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import io.sentia.analytics.workingcapital.BaseCurrency;
import io.sentia.analytics.workingcapital.DateRange;

/**
 * Adds sales lines up into period totals, as a whole or per group. Exact decimal addition
 * of amounts already rounded to the cent: the same lines in any order and any grouping
 * give the same grand total.
 */
public final class SalesAggregator {

	private final BaseCurrency base;

	/**
	 * An aggregator for amounts in a base currency.
	 * @param base the base currency
	 */
	public SalesAggregator(BaseCurrency base) {
		this.base = base;
	}

	/**
	 * Totals of the lines dated within a range.
	 * @param lines any lines
	 * @param range the days to include
	 * @return the totals
	 */
	public PeriodAggregate aggregate(Collection<SalesLine> lines, DateRange range) {
		return aggregate(lines.stream().filter((line) -> range.contains(line.date())).toList());
	}

	/**
	 * Totals of all the lines.
	 * @param lines the lines
	 * @return the totals
	 */
	public PeriodAggregate aggregate(Collection<SalesLine> lines) {
		BigDecimal revenue = this.base.zero();
		BigDecimal revenueWithCost = this.base.zero();
		BigDecimal margin = this.base.zero();
		BigDecimal refunds = this.base.zero();
		SortedMap<String, BigDecimal> byCurrency = new TreeMap<>();
		Set<String> orders = new HashSet<>();
		Set<String> cancelled = new HashSet<>();
		long units = 0;
		for (SalesLine line : lines) {
			refunds = refunds.add(this.base.round(line.refundsBase()));
			if (line.cancelled()) {
				cancelled.add(line.orderKey());
				continue;
			}
			BigDecimal lineRevenue = this.base.round(line.revenueBase());
			revenue = revenue.add(lineRevenue);
			byCurrency.merge(line.currency(),
					line.revenue().setScale(BaseCurrency.minorUnitDigits(line.currency()), BaseCurrency.ROUNDING),
					BigDecimal::add);
			if (line.costBase() != null) {
				revenueWithCost = revenueWithCost.add(lineRevenue);
				margin = margin.add(lineRevenue.subtract(this.base.round(line.costBase())));
			}
			orders.add(line.orderKey());
			units += line.units();
		}
		return new PeriodAggregate(revenue, Collections.unmodifiableSortedMap(byCurrency), revenueWithCost, margin,
				orders.size(), units, refunds, cancelled.size());
	}

	/**
	 * Totals per group, by key.
	 * @param lines the lines
	 * @param groupBy the dimension
	 * @return one group per key that has lines
	 */
	public List<SalesGroup> group(Collection<SalesLine> lines, GroupBy groupBy) {
		Map<String, List<SalesLine>> byKey = new TreeMap<>();
		for (SalesLine line : lines) {
			byKey.computeIfAbsent(groupBy.keyOf(line), (key) -> new ArrayList<>()).add(line);
		}
		List<SalesGroup> groups = new ArrayList<>();
		byKey.forEach((key, groupLines) -> groups.add(new SalesGroup(key, aggregate(groupLines))));
		return List.copyOf(groups);
	}

	/**
	 * Revenue per group, by key; its values add up to {@link #aggregate(Collection)}'s
	 * revenue for any dimension.
	 * @param lines the lines
	 * @param groupBy the dimension
	 * @return revenue by group key
	 */
	public SortedMap<String, BigDecimal> revenueBy(Collection<SalesLine> lines, GroupBy groupBy) {
		SortedMap<String, BigDecimal> revenue = new TreeMap<>();
		for (SalesGroup group : group(lines, groupBy)) {
			revenue.put(group.key(), group.totals().revenue());
		}
		return Collections.unmodifiableSortedMap(revenue);
	}

}
