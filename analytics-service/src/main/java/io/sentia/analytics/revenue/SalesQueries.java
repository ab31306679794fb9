package io.sentia.analytics.revenue;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sums the order read model ({@code order_revenue} and its {@code order_line}s) into
 * sales figures per group and currency. Every query filters by tenant; the group key
 * expression comes from {@link SalesGrouping}, never from the request.
 */
class SalesQueries {

	private final JdbcClient jdbc;

	SalesQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Sales per group and currency over a range of UTC order dates, ordered by key then
	 * currency.
	 * @param tenantId the tenant
	 * @param from first UTC order date, inclusive
	 * @param to last UTC order date, inclusive
	 * @param grouping what rows are keyed by
	 * @return one row per group and currency that had any order, cancelled ones included
	 */
	List<SalesFigures> figures(String tenantId, LocalDate from, LocalDate to, SalesGrouping grouping) {
		String sql = grouping.byLine() ? byLine(grouping) : byOrder(grouping);
		return this.jdbc.sql(sql)
			.param("tenant", tenantId)
			.param("from", from)
			.param("to", to)
			.query((row, number) -> new SalesFigures(row.getString("group_key"), row.getString("currency"),
					row.getBigDecimal("revenue"), row.getLong("orders"), row.getLong("units"),
					row.getLong("refunded_orders"), row.getLong("cancelled_orders")))
			.list();
	}

	private static String byOrder(SalesGrouping grouping) {
		return """
				SELECT %s AS group_key, o.currency,
				       coalesce(sum(o.total_amount) FILTER (WHERE o.status <> 'cancelled'), 0) AS revenue,
				       count(*) FILTER (WHERE o.status <> 'cancelled') AS orders,
				       coalesce(sum(u.units) FILTER (WHERE o.status <> 'cancelled'), 0) AS units,
				       count(*) FILTER (WHERE o.status IN ('refunded', 'partially_refunded')) AS refunded_orders,
				       count(*) FILTER (WHERE o.status = 'cancelled') AS cancelled_orders
				FROM order_revenue o
				LEFT JOIN LATERAL (
				    SELECT sum(l.quantity) AS units FROM order_line l
				    WHERE l.tenant_id = o.tenant_id AND l.source = o.source AND l.store = o.store
				      AND l.order_id = o.order_id
				) u ON true
				WHERE o.tenant_id = :tenant AND o.order_date BETWEEN :from AND :to
				GROUP BY 1, 2
				ORDER BY 1, 2
				""".formatted(grouping.keyExpression());
	}

	private static String byLine(SalesGrouping grouping) {
		return """
				SELECT %s AS group_key, o.currency,
				       coalesce(sum(l.line_total) FILTER (WHERE o.status <> 'cancelled'), 0) AS revenue,
				       count(DISTINCT (o.source, o.store, o.order_id)) FILTER (WHERE o.status <> 'cancelled') AS orders,
				       coalesce(sum(l.quantity) FILTER (WHERE o.status <> 'cancelled'), 0) AS units,
				       count(DISTINCT (o.source, o.store, o.order_id))
				           FILTER (WHERE o.status IN ('refunded', 'partially_refunded')) AS refunded_orders,
				       count(DISTINCT (o.source, o.store, o.order_id)) FILTER (WHERE o.status = 'cancelled')
				           AS cancelled_orders
				FROM order_revenue o
				JOIN order_line l ON l.tenant_id = o.tenant_id AND l.source = o.source AND l.store = o.store
				                 AND l.order_id = o.order_id
				WHERE o.tenant_id = :tenant AND o.order_date BETWEEN :from AND :to
				GROUP BY 1, 2
				ORDER BY 1, 2
				""".formatted(grouping.keyExpression());
	}

}
