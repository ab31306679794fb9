package io.sentia.analytics.revenue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.sentia.analytics.workingcapital.DateRange;

import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.support.AbstractSqlTypeValue;

/**
 * Sums the order read model ({@code order_revenue} and its {@code order_line}s) into
 * sales figures per group and currency, converting to the base currency at each order
 * day's rate and costing lines at their product's unit cost. Every query filters by
 * tenant; the group key expression comes from {@link SalesGrouping}, never from the
 * request.
 */
class SalesQueries {

	/**
	 * The days of a range read from the orders themselves rather than from
	 * {@code sales_day}: those marked stale, and every day from the tenant's rebuild mark
	 * on. Every other day of the range is read from {@code sales_day}.
	 */
	private static final String RAW_DAYS = """
			WITH raw_days AS (
			    SELECT day FROM sales_day_stale WHERE tenant_id = :tenant AND day BETWEEN :from AND :to
			    UNION
			    SELECT d::date FROM sales_rebuild_from r,
			        generate_series(greatest(r.from_day, CAST(:from AS date))::timestamp, CAST(:to AS date)::timestamp,
			                        interval '1 day') AS d
			    WHERE r.tenant_id = :tenant
			),
			raw_day_list AS (SELECT ARRAY(SELECT day FROM raw_days) AS days),
			full_months AS (
			    SELECT m::date AS month FROM generate_series(date_trunc('month', CAST(:from AS date)::timestamp),
			                                                  CAST(:to AS date)::timestamp, interval '1 month') AS m
			    WHERE m::date >= :from AND (m + interval '1 month')::date - 1 <= :to
			      AND NOT EXISTS (SELECT 1 FROM raw_days r
			                      WHERE r.day >= m::date AND r.day < (m + interval '1 month')::date)
			),
			loose_day_list AS (
			    SELECT ARRAY(SELECT d::date FROM generate_series(CAST(:from AS date)::timestamp,
			                                                     CAST(:to AS date)::timestamp, interval '1 day') AS d
			                 WHERE date_trunc('month', d)::date NOT IN (SELECT month FROM full_months)
			                   AND d::date NOT IN (SELECT day FROM raw_days)) AS days
			),
			""";

	/**
	 * The day's factors as a table, and per order of the selected days its factor and its
	 * lines' units, revenue with a known cost and that cost. The lines are summed per
	 * order in one grouped join, not a subquery per order: the factors are a derived
	 * table without an index, which a per-order subquery would scan once per order.
	 * {@code %1$s} selects the order days.
	 */
	private static final String ORDERS = """
			fx AS (
			    SELECT f.currency, f.day::date AS day, f.factor::numeric AS factor, f.earlier::boolean AS earlier
			    FROM unnest(:fxCurrencies, :fxDays, :fxFactors, :fxEarlier) AS f(currency, day, factor, earlier)
			),
			line_costs AS (
			    SELECT l.source, l.store, l.order_id, sum(l.quantity) AS units,
			           sum(l.line_total) FILTER (WHERE pc.factor IS NOT NULL) AS revenue_with_cost,
			           sum(l.quantity * p.unit_cost * pc.factor) AS cost
			    FROM order_revenue o
			    JOIN order_line l ON l.tenant_id = o.tenant_id AND l.source = o.source AND l.store = o.store
			                     AND l.order_id = o.order_id
			    LEFT JOIN product p ON p.tenant_id = l.tenant_id AND p.sku = l.sku
			    LEFT JOIN fx pc ON pc.currency = p.unit_cost_currency AND pc.day = o.order_date
			    WHERE o.tenant_id = :tenant AND %1$s
			    GROUP BY l.source, l.store, l.order_id
			),
			orders AS (
			    SELECT o.*, f.factor, coalesce(f.earlier, false) AS earlier, c.units,
			           round(o.total_amount * f.factor, :scale) AS total_base,
			           round(c.revenue_with_cost * f.factor, :scale) AS revenue_with_cost_base,
			           round(c.cost, :scale) AS cost_base
			    FROM order_revenue o
			    LEFT JOIN fx f ON f.currency = o.currency AND f.day = o.order_date
			    LEFT JOIN line_costs c ON c.source = o.source AND c.store = o.store AND c.order_id = o.order_id
			    WHERE o.tenant_id = :tenant AND %1$s
			)
			""";

	/** The lines of the {@code orders} table, converted and costed line by line. */
	private static final String LINES = """
			, lines AS (
			    SELECT o.currency, o.status, o.factor, o.earlier, o.source, o.store, o.order_id, o.order_date, l.sku,
			           p.category, l.quantity, l.line_total, round(l.line_total * o.factor, :scale) AS line_base,
			           round(l.quantity * p.unit_cost * pc.factor, :scale) AS cost
			    FROM orders o
			    JOIN order_line l ON l.tenant_id = o.tenant_id AND l.source = o.source AND l.store = o.store
			                     AND l.order_id = o.order_id
			    LEFT JOIN product p ON p.tenant_id = l.tenant_id AND p.sku = l.sku
			    LEFT JOIN fx pc ON pc.currency = p.unit_cost_currency AND pc.day = o.order_date
			)
			""";

	/** The orders of a query's raw days. */
	private static final String RAW_ORDERS = "o.order_date BETWEEN :from AND :to "
			+ "AND o.order_date = ANY(CAST((SELECT days FROM raw_day_list) AS date[]))";

	/** The orders of the days being built. */
	private static final String BUILT_ORDERS = "o.order_date = ANY(CAST(:days AS date[]))";

	/** The columns every figures row has, in order. */
	private static final String MEASURES = "revenue, revenue_base, unconverted, earlier_rate_orders, "
			+ "revenue_with_cost, cost, orders, units, refunded_orders, cancelled_orders";

	private final JdbcClient jdbc;

	SalesQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Sales per group and currency over a range of UTC order dates, ordered by key then
	 * currency.
	 * @param tenantId the tenant
	 * @param range UTC order dates, inclusive
	 * @param grouping what rows are keyed by
	 * @param factors the rates to the base currency of every currency and day of the
	 * range
	 * @param scale decimals of the base currency; each order's (or line's) converted
	 * amounts are rounded to them before they are summed, so every grouping of the same
	 * orders adds up to the same total
	 * @return one row per group and currency that had any order, cancelled ones included
	 */
	List<SalesFigures> figures(String tenantId, DateRange range, SalesGrouping grouping, ConversionFactors factors,
			int scale) {
		String raw = grouping.byLine() ? byLine(grouping.keyExpression(), "NULL::date")
				: byOrder(grouping.keyExpression(), "NULL::date");
		String sql = RAW_DAYS + ORDERS.formatted(RAW_ORDERS) + (grouping.byLine() ? LINES : "") + """
				, raw AS (%s),
				kept AS (%s)
				SELECT group_key, currency, sum(revenue) AS revenue, sum(revenue_base) AS revenue_base,
				       sum(unconverted) AS unconverted, sum(earlier_rate_orders) AS earlier_rate_orders,
				       sum(revenue_with_cost) AS revenue_with_cost, sum(cost) AS cost, sum(orders) AS orders,
				       sum(units) AS units, sum(refunded_orders) AS refunded_orders,
				       sum(cancelled_orders) AS cancelled_orders
				FROM (SELECT * FROM raw UNION ALL SELECT * FROM kept) AS a
				GROUP BY 1, 2
				ORDER BY 1, 2
				""".formatted(raw, kept(grouping));
		return this.jdbc.sql(sql)
			.param("tenant", tenantId)
			.param("from", range.from())
			.param("to", range.to())
			.param("scale", scale)
			.param("stored", grouping.stored().parameterValue())
			.param("fxCurrencies", textArray(factors.currencies()))
			.param("fxDays", textArray(factors.days()))
			.param("fxFactors", textArray(factors.factors()))
			.param("fxEarlier", textArray(factors.earlier()))
			.query((row, number) -> new SalesFigures(row.getString("group_key"), row.getString("currency"),
					row.getBigDecimal("revenue"), row.getBigDecimal("revenue_base"), row.getBigDecimal("unconverted"),
					row.getLong("earlier_rate_orders"), row.getBigDecimal("revenue_with_cost"),
					row.getBigDecimal("cost"), row.getLong("orders"), row.getLong("units"),
					row.getLong("refunded_orders"), row.getLong("cancelled_orders")))
			.list();
	}

	/**
	 * The figures of the range's built days: whole months without a stale day from
	 * {@code sales_month} and the other days from {@code sales_day}, except for groupings
	 * by time, which read the (few) daily total rows.
	 */
	private static String kept(SalesGrouping grouping) {
		String measures = prefixed("s.", MEASURES);
		if (grouping.isTime()) {
			return """
					SELECT %s AS group_key, NULL::date AS day, s.currency, %s
					FROM sales_day s
					WHERE s.tenant_id = :tenant AND s.grouping = :stored AND s.day BETWEEN :from AND :to
					  AND s.day <> ALL(CAST((SELECT days FROM raw_day_list) AS date[]))
					""".formatted(grouping.storedKeyExpression(), measures);
		}
		return """
				SELECT s.group_key, NULL::date AS day, s.currency, %1$s
				FROM sales_day s
				WHERE s.tenant_id = :tenant AND s.grouping = :stored
				  AND s.day = ANY(CAST((SELECT days FROM loose_day_list) AS date[]))
				UNION ALL
				SELECT s.group_key, NULL::date AS day, s.currency, %1$s
				FROM sales_month s
				WHERE s.tenant_id = :tenant AND s.grouping = :stored AND s.month IN (SELECT month FROM full_months)
				""".formatted(measures);
	}

	/**
	 * Replaces the {@code sales_day} rows of some days of a tenant with the figures of
	 * each day, per stored grouping, summed exactly as {@link #figures} sums a range.
	 * @param tenantId the tenant
	 * @param days the UTC order days to build
	 * @param factors the rates to the base currency of every currency and day involved
	 * @param scale decimals of the base currency
	 * @return the rows written
	 */
	int build(String tenantId, Collection<LocalDate> days, ConversionFactors factors, int scale) {
		if (days.isEmpty()) {
			return 0;
		}
		String[] dayValues = days.stream().map(LocalDate::toString).toArray(String[]::new);
		this.jdbc.sql("DELETE FROM sales_day WHERE tenant_id = :tenant AND day = ANY(CAST(:days AS date[]))")
			.param("tenant", tenantId)
			.param("days", textArray(dayValues))
			.update();
		int written = 0;
		for (SalesGrouping grouping : SalesGrouping.STORED) {
			String select = grouping.byLine() ? byLine(grouping.keyExpression(), "l.order_date")
					: byOrder(grouping.keyExpression(), "o.order_date");
			String sql = "WITH " + ORDERS.formatted(BUILT_ORDERS) + (grouping.byLine() ? LINES : "") + """
					, built AS (%s)
					INSERT INTO sales_day (tenant_id, grouping, day, group_key, currency, %s)
					SELECT :tenant, :grouping, day, group_key, currency, %s FROM built
					""".formatted(select, MEASURES, MEASURES);
			written += this.jdbc.sql(sql)
				.param("tenant", tenantId)
				.param("grouping", grouping.parameterValue())
				.param("days", textArray(dayValues))
				.param("scale", scale)
				.param("fxCurrencies", textArray(factors.currencies()))
				.param("fxDays", textArray(factors.days()))
				.param("fxFactors", textArray(factors.factors()))
				.param("fxEarlier", textArray(factors.earlier()))
				.update();
		}
		SortedSet<LocalDate> months = new TreeSet<>();
		days.forEach((day) -> months.add(day.withDayOfMonth(1)));
		String[] monthValues = months.stream().map(LocalDate::toString).toArray(String[]::new);
		this.jdbc.sql("DELETE FROM sales_month WHERE tenant_id = :tenant AND month = ANY(CAST(:months AS date[]))")
			.param("tenant", tenantId)
			.param("months", textArray(monthValues))
			.update();
		written += this.jdbc.sql("""
				INSERT INTO sales_month (tenant_id, grouping, month, group_key, currency, %s)
				SELECT tenant_id, grouping, date_trunc('month', day::timestamp)::date, group_key, currency,
				       sum(revenue), sum(revenue_base), sum(unconverted), sum(earlier_rate_orders),
				       sum(revenue_with_cost), sum(cost), sum(orders), sum(units), sum(refunded_orders),
				       sum(cancelled_orders)
				FROM sales_day
				WHERE tenant_id = :tenant AND day >= CAST(:first AS date)
				  AND day < CAST(:last AS date) + interval '1 month'
				  AND date_trunc('month', day::timestamp)::date = ANY(CAST(:months AS date[]))
				GROUP BY tenant_id, grouping, date_trunc('month', day::timestamp), group_key, currency
				""".formatted(MEASURES))
			.param("tenant", tenantId)
			.param("first", months.first().toString())
			.param("last", months.last().toString())
			.param("months", textArray(monthValues))
			.update();
		return written;
	}

	/**
	 * The currencies a tenant's figures over a range can involve: those of its orders in
	 * the range and of its products' unit costs.
	 * @param tenantId the tenant
	 * @param range UTC order dates, inclusive
	 * @return ISO-4217 codes
	 */
	List<String> currencies(String tenantId, DateRange range) {
		return this.jdbc.sql(RAW_DAYS + """
				any_day AS (SELECT 1)
				SELECT DISTINCT currency FROM order_revenue o
				WHERE o.tenant_id = :tenant AND %s
				UNION
				SELECT DISTINCT currency FROM sales_day
				WHERE tenant_id = :tenant AND grouping = 'total' AND day BETWEEN :from AND :to
				UNION
				SELECT DISTINCT unit_cost_currency FROM product
				WHERE tenant_id = :tenant AND unit_cost_currency IS NOT NULL
				""".formatted(RAW_ORDERS))
			.param("tenant", tenantId)
			.param("from", range.from())
			.param("to", range.to())
			.query(String.class)
			.list();
	}

	private static String prefixed(String prefix, String columns) {
		return Arrays.stream(columns.split(", ")).map((column) -> prefix + column).collect(Collectors.joining(", "));
	}

	/** Order-level figures per key, day and currency of the {@code orders} table. */
	private static String byOrder(String keyExpression, String dayExpression) {
		return """
				SELECT %s AS group_key, %s AS day, o.currency,
				       coalesce(sum(o.total_amount) FILTER (WHERE o.status <> 'cancelled'), 0) AS revenue,
				       coalesce(sum(o.total_base) FILTER (WHERE o.status <> 'cancelled'), 0) AS revenue_base,
				       coalesce(sum(o.total_amount) FILTER (WHERE o.status <> 'cancelled' AND o.factor IS NULL), 0)
				           AS unconverted,
				       count(*) FILTER (WHERE o.status <> 'cancelled' AND o.earlier) AS earlier_rate_orders,
				       coalesce(sum(o.revenue_with_cost_base) FILTER (WHERE o.status <> 'cancelled'), 0)
				           AS revenue_with_cost,
				       coalesce(sum(o.cost_base) FILTER (WHERE o.status <> 'cancelled' AND o.factor IS NOT NULL), 0) AS cost,
				       count(*) FILTER (WHERE o.status <> 'cancelled') AS orders,
				       coalesce(sum(o.units) FILTER (WHERE o.status <> 'cancelled'), 0) AS units,
				       count(*) FILTER (WHERE o.status IN ('refunded', 'partially_refunded')) AS refunded_orders,
				       count(*) FILTER (WHERE o.status = 'cancelled') AS cancelled_orders
				FROM orders o
				GROUP BY 1, 2, 3
				"""
			.formatted(keyExpression, dayExpression);
	}

	/** Line-level figures per key, day and currency of the {@code lines} table. */
	private static String byLine(String keyExpression, String dayExpression) {
		return """
				SELECT %s AS group_key, %s AS day, l.currency,
				       coalesce(sum(l.line_total) FILTER (WHERE l.status <> 'cancelled'), 0) AS revenue,
				       coalesce(sum(l.line_base) FILTER (WHERE l.status <> 'cancelled'), 0) AS revenue_base,
				       coalesce(sum(l.line_total) FILTER (WHERE l.status <> 'cancelled' AND l.factor IS NULL), 0)
				           AS unconverted,
				       count(DISTINCT (l.source, l.store, l.order_id)) FILTER (WHERE l.status <> 'cancelled' AND l.earlier)
				           AS earlier_rate_orders,
				       coalesce(sum(l.line_base) FILTER (WHERE l.status <> 'cancelled' AND l.cost IS NOT NULL), 0)
				           AS revenue_with_cost,
				       coalesce(sum(l.cost) FILTER (WHERE l.status <> 'cancelled' AND l.factor IS NOT NULL), 0) AS cost,
				       count(DISTINCT (l.source, l.store, l.order_id)) FILTER (WHERE l.status <> 'cancelled') AS orders,
				       coalesce(sum(l.quantity) FILTER (WHERE l.status <> 'cancelled'), 0) AS units,
				       count(DISTINCT (l.source, l.store, l.order_id))
				           FILTER (WHERE l.status IN ('refunded', 'partially_refunded')) AS refunded_orders,
				       count(DISTINCT (l.source, l.store, l.order_id)) FILTER (WHERE l.status = 'cancelled')
				           AS cancelled_orders
				FROM lines l
				GROUP BY 1, 2, 3
				"""
			.formatted(keyExpression, dayExpression);
	}

	private static SqlTypeValue textArray(String[] values) {
		return new AbstractSqlTypeValue() {
			@Override
			protected Object createTypeValue(Connection connection, int sqlType, String typeName) throws SQLException {
				return connection.createArrayOf("text", values);
			}
		};
	}

}
