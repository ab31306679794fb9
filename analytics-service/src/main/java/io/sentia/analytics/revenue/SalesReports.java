package io.sentia.analytics.revenue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import io.sentia.analytics.cache.AnswerCache;
import io.sentia.analytics.cache.CacheArea;
import io.sentia.analytics.fx.FxConverter;
import io.sentia.analytics.workingcapital.BaseCurrency;
import io.sentia.analytics.workingcapital.DateRange;
import io.sentia.analytics.workingcapital.sales.KpiChanges;
import io.sentia.analytics.workingcapital.sales.PeriodAggregate;
import io.sentia.analytics.workingcapital.sales.SalesKpis;
import io.sentia.analytics.workingcapital.sales.TopMovers;
import io.sentia.servicekit.errors.ApiProblemException;

/**
 * Builds {@link SalesReport}s from the order read model: the database sums each period
 * (converted at each day's rate, rounded per order), the working-capital sales helpers
 * derive the KPIs and their changes, and the answer is cached per tenant until an order,
 * product or rate changes.
 */
public class SalesReports {

	/** Longest range one request may ask for; bounds the work of a single query. */
	public static final int MAX_RANGE_YEARS = 5;

	/** SKUs listed in each direction of the top movers. */
	static final int TOP_MOVERS = 5;

	private static final Set<CacheArea> READS = Set.of(CacheArea.SALES, CacheArea.CATALOG, CacheArea.FX,
			CacheArea.SETTINGS);

	private final SalesQueries queries;

	private final FxConverter fx;

	private final AnswerCache cache;

	SalesReports(SalesQueries queries, FxConverter fx, AnswerCache cache) {
		this.queries = queries;
		this.fx = fx;
		this.cache = cache;
	}

	/**
	 * The sales KPIs of a tenant over a range, cached until its sales, rates or settings
	 * change.
	 * @param tenantId the tenant
	 * @param range UTC order dates, both ends included
	 * @param grouping what the rows are keyed by
	 * @return the report
	 */
	public SalesReport report(String tenantId, DateRange range, SalesGrouping grouping) {
		String question = "sales?from=" + range.from() + "&to=" + range.to() + "&groupBy=" + grouping.parameterValue();
		return this.cache.get(tenantId, READS, question, SalesReport.class, () -> compute(tenantId, range, grouping));
	}

	private SalesReport compute(String tenantId, DateRange range, SalesGrouping grouping) {
		BaseCurrency base = BaseCurrency.of(this.fx.baseCurrency(tenantId)
			.orElseThrow(() -> ApiProblemException
				.conflict("Analytics has not yet received this tenant's settings (auth.tenants.v1), so it does not "
						+ "know the base currency to report in; try again shortly")));
		SalesReport.Periods periods = new SalesReport.Periods(range, range.previous(), range.sameLastYear());
		DateRange all = new DateRange(periods.lastYear().from(), range.to());
		ConversionFactors factors = ConversionFactors.of(this.fx.rates(tenantId, all.from(), all.to()), base.code(),
				this.queries.currencies(tenantId, all), all);
		Figures figures = new Figures(tenantId, factors, base);

		List<SalesFigures> current = figures.of(range, grouping);
		boolean comparable = !grouping.isTime();
		List<SalesFigures> previous = comparable ? figures.of(periods.previous(), grouping) : List.of();
		List<SalesFigures> lastYear = comparable ? figures.of(periods.lastYear(), grouping) : List.of();
		List<SalesReport.Row> rows = new ArrayList<>();
		Map<String, List<SalesFigures>> currentByKey = byKey(current);
		Map<String, List<SalesFigures>> previousByKey = byKey(previous);
		Map<String, List<SalesFigures>> lastYearByKey = byKey(lastYear);
		for (Map.Entry<String, List<SalesFigures>> group : currentByKey.entrySet()) {
			rows.add(comparable
					? row(group.getKey(), group.getValue(), previousByKey.getOrDefault(group.getKey(), List.of()),
							lastYearByKey.getOrDefault(group.getKey(), List.of()), base)
					: row(group.getKey(), group.getValue(), null, null, base));
		}

		SalesReport.Row totals = row("total", figures.of(range, SalesGrouping.TOTAL),
				figures.of(periods.previous(), SalesGrouping.TOTAL),
				figures.of(periods.lastYear(), SalesGrouping.TOTAL), base);
		List<SalesFigures> skusNow = (grouping == SalesGrouping.SKU) ? current : figures.of(range, SalesGrouping.SKU);
		List<SalesFigures> skusBefore = (grouping == SalesGrouping.SKU) ? previous
				: figures.of(periods.previous(), SalesGrouping.SKU);
		TopMovers movers = TopMovers.of(revenueByKey(skusBefore, base), revenueByKey(skusNow, base), TOP_MOVERS);
		return new SalesReport(range.from(), range.to(), grouping.parameterValue(), base.code(), periods, totals,
				List.copyOf(rows), movers, conversion(figures.of(range, SalesGrouping.TOTAL)));
	}

	private static SalesReport.Row row(String key, List<SalesFigures> current, List<SalesFigures> previous,
			List<SalesFigures> lastYear, BaseCurrency base) {
		SalesKpis now = SalesKpis.of(aggregate(current, base), base);
		long refunded = current.stream().mapToLong(SalesFigures::refundedOrders).sum();
		if (previous == null || lastYear == null) {
			return new SalesReport.Row(key, now, null, null, null, null, refunded);
		}
		SalesKpis before = SalesKpis.of(aggregate(previous, base), base);
		SalesKpis yearAgo = SalesKpis.of(aggregate(lastYear, base), base);
		return new SalesReport.Row(key, now, before, yearAgo, KpiChanges.between(before, now),
				KpiChanges.between(yearAgo, now), refunded);
	}

	/**
	 * One group's figures of all currencies as a period aggregate. Amounts are rounded to
	 * the base currency's minor unit per order already, so these sums are exact.
	 */
	static PeriodAggregate aggregate(Collection<SalesFigures> figures, BaseCurrency base) {
		BigDecimal revenue = base.zero();
		BigDecimal revenueWithCost = base.zero();
		BigDecimal cost = base.zero();
		SortedMap<String, BigDecimal> byCurrency = new TreeMap<>();
		long orders = 0;
		long units = 0;
		long cancelled = 0;
		for (SalesFigures figure : figures) {
			revenue = revenue.add(figure.revenueBase());
			revenueWithCost = revenueWithCost.add(figure.revenueWithCostBase());
			cost = cost.add(figure.costBase());
			byCurrency.merge(figure.currency(), inCurrency(figure.revenue(), figure.currency()), BigDecimal::add);
			orders += figure.orders();
			units += figure.units();
			cancelled += figure.cancelledOrders();
		}
		return new PeriodAggregate(base.round(revenue), byCurrency, base.round(revenueWithCost),
				base.round(revenueWithCost.subtract(cost)), orders, units, null, cancelled);
	}

	private static Map<String, BigDecimal> revenueByKey(List<SalesFigures> figures, BaseCurrency base) {
		Map<String, BigDecimal> revenue = new TreeMap<>();
		figures.forEach((figure) -> revenue.merge(figure.key(), base.round(figure.revenueBase()), BigDecimal::add));
		return revenue;
	}

	private static List<SalesReport.Conversion> conversion(List<SalesFigures> totals) {
		return totals.stream()
			.map((figure) -> new SalesReport.Conversion(figure.currency(),
					inCurrency(figure.revenue(), figure.currency()),
					inCurrency(figure.unconverted(), figure.currency()), figure.convertedAtEarlierRate()))
			.toList();
	}

	private static BigDecimal inCurrency(BigDecimal amount, String currency) {
		return amount.setScale(BaseCurrency.minorUnitDigits(currency), BaseCurrency.ROUNDING);
	}

	private static Map<String, List<SalesFigures>> byKey(List<SalesFigures> figures) {
		Map<String, List<SalesFigures>> byKey = new LinkedHashMap<>();
		figures.forEach((figure) -> byKey.computeIfAbsent(figure.key(), (key) -> new ArrayList<>()).add(figure));
		return byKey;
	}

	/** The queries of one report, sharing its rates. */
	private final class Figures {

		private final String tenantId;

		private final ConversionFactors factors;

		private final BaseCurrency base;

		private final Map<String, List<SalesFigures>> asked = new LinkedHashMap<>();

		Figures(String tenantId, ConversionFactors factors, BaseCurrency base) {
			this.tenantId = tenantId;
			this.factors = factors;
			this.base = base;
		}

		List<SalesFigures> of(DateRange range, SalesGrouping grouping) {
			return this.asked.computeIfAbsent(range + "|" + grouping, (key) -> SalesReports.this.queries
				.figures(this.tenantId, range, grouping, this.factors, this.base.scale()));
		}

	}

}
