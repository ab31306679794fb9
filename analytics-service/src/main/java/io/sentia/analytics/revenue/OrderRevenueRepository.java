package io.sentia.analytics.revenue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.support.AbstractSqlTypeValue;

/**
 * Reads and writes the {@code order_revenue} read model with explicit SQL; every query
 * filters by tenant.
 */
class OrderRevenueRepository {

	/**
	 * Cancelled orders earn nothing and are no orders; they are kept but not reported.
	 */
	private static final String CANCELLED = "cancelled";

	private final NamedParameterJdbcOperations namedJdbc;

	private final JdbcClient jdbc;

	OrderRevenueRepository(NamedParameterJdbcOperations namedJdbc) {
		this.namedJdbc = namedJdbc;
		this.jdbc = JdbcClient.create(namedJdbc);
	}

	/**
	 * Stores each order unless a snapshot at least as new is stored already, in list
	 * order, in one JDBC batch: of two snapshots of one order in the list, the newer
	 * stays.
	 * @param orders the snapshots
	 */
	void upsertAll(List<OrderRevenue> orders) {
		if (orders.isEmpty()) {
			return;
		}
		this.namedJdbc.batchUpdate("""
				INSERT INTO order_revenue (tenant_id, source, store, order_id, order_date, ordered_at, region, channel,
				                           status, currency, total_amount, line_count, updated_at)
				VALUES (:tenant, :source, :store, :orderId, :orderDate, :orderedAt, :region, :channel,
				        :status, :currency, :total, :lineCount, :updatedAt)
				ON CONFLICT (tenant_id, source, store, order_id) DO UPDATE SET
				    order_date = EXCLUDED.order_date, ordered_at = EXCLUDED.ordered_at, region = EXCLUDED.region,
				    channel = EXCLUDED.channel, status = EXCLUDED.status, currency = EXCLUDED.currency,
				    total_amount = EXCLUDED.total_amount, line_count = EXCLUDED.line_count,
				    updated_at = EXCLUDED.updated_at
				WHERE order_revenue.updated_at < EXCLUDED.updated_at
				""", orders.stream().map(OrderRevenueRepository::parameters).toArray(SqlParameterSource[]::new));
		replaceLines(orders);
		markDaysStale(orders);
	}

	/**
	 * Marks the days of the orders stale in {@code sales_day}, in day order so that two
	 * batches never wait on each other in a cycle. Last in the batch's transaction: the
	 * marks' row locks are then held only until it commits.
	 */
	private void markDaysStale(List<OrderRevenue> orders) {
		SortedSet<String> tenantDays = new TreeSet<>();
		orders.forEach((order) -> tenantDays.add(order.tenantId() + "|" + order.orderDate()));
		String[] tenants = tenantDays.stream().map((key) -> key.substring(0, key.indexOf('|'))).toArray(String[]::new);
		String[] days = tenantDays.stream().map((key) -> key.substring(key.indexOf('|') + 1)).toArray(String[]::new);
		this.jdbc.sql("""
				INSERT INTO sales_day_stale AS s (tenant_id, day)
				SELECT t.tenant_id, t.day::date FROM unnest(:tenants, :days) AS t(tenant_id, day)
				ORDER BY 1, 2
				ON CONFLICT (tenant_id, day) DO UPDATE SET version = s.version + 1, marked_at = now()
				""").param("tenants", textArray(tenants)).param("days", textArray(days)).update();
	}

	static SqlTypeValue textArray(String[] values) {
		return new AbstractSqlTypeValue() {
			@Override
			protected Object createTypeValue(Connection connection, int sqlType, String typeName) throws SQLException {
				return connection.createArrayOf("text", values);
			}
		};
	}

	/**
	 * Writes each snapshot's lines if, and only if, that snapshot is the one stored now:
	 * an older snapshot, skipped above, leaves the stored lines alone, and a redelivered
	 * one writes the same lines again.
	 */
	private void replaceLines(List<OrderRevenue> orders) {
		this.namedJdbc.batchUpdate("""
				DELETE FROM order_line l
				USING order_revenue o
				WHERE l.tenant_id = :tenant AND l.source = :source AND l.store = :store AND l.order_id = :orderId
				  AND o.tenant_id = l.tenant_id AND o.source = l.source AND o.store = l.store
				  AND o.order_id = l.order_id AND o.updated_at = :updatedAt
				""", orders.stream().map(OrderRevenueRepository::parameters).toArray(SqlParameterSource[]::new));
		SqlParameterSource[] lines = orders.stream()
			.flatMap((order) -> order.lines().stream().map((line) -> parameters(order, line)))
			.toArray(SqlParameterSource[]::new);
		if (lines.length > 0) {
			this.namedJdbc.batchUpdate("""
					INSERT INTO order_line (tenant_id, source, store, order_id, line_id, sku, quantity, line_total)
					SELECT o.tenant_id, o.source, o.store, o.order_id, :lineId, :sku, :quantity, :lineTotal
					FROM order_revenue o
					WHERE o.tenant_id = :tenant AND o.source = :source AND o.store = :store AND o.order_id = :orderId
					  AND o.updated_at = :updatedAt
					ON CONFLICT (tenant_id, source, store, order_id, line_id) DO UPDATE SET
					    sku = EXCLUDED.sku, quantity = EXCLUDED.quantity, line_total = EXCLUDED.line_total
					""", lines);
		}
	}

	private static SqlParameterSource parameters(OrderRevenue order, OrderRevenue.Line line) {
		return new MapSqlParameterSource().addValue("tenant", order.tenantId())
			.addValue("source", order.source())
			.addValue("store", order.store())
			.addValue("orderId", order.orderId())
			.addValue("updatedAt", order.updatedAt().atOffset(ZoneOffset.UTC))
			.addValue("lineId", line.lineId())
			.addValue("sku", line.sku())
			.addValue("quantity", line.quantity())
			.addValue("lineTotal", line.total());
	}

	private static SqlParameterSource parameters(OrderRevenue order) {
		return new MapSqlParameterSource().addValue("tenant", order.tenantId())
			.addValue("source", order.source())
			.addValue("store", order.store())
			.addValue("orderId", order.orderId())
			.addValue("orderDate", order.orderDate())
			.addValue("orderedAt", order.orderedAt().atOffset(ZoneOffset.UTC))
			.addValue("region", order.region())
			.addValue("channel", order.channel())
			.addValue("status", order.status())
			.addValue("currency", order.currency())
			.addValue("total", order.total())
			.addValue("lineCount", order.lines().size())
			.addValue("updatedAt", order.updatedAt().atOffset(ZoneOffset.UTC));
	}

	/**
	 * Revenue per group and currency, and per currency over the range. Both come from one
	 * query, so they agree even while the consumer writes.
	 * @param tenantId the tenant
	 * @param from first UTC order date, inclusive
	 * @param to last UTC order date, inclusive
	 * @param grouping what rows are keyed by
	 * @return rows by key then currency, totals by currency
	 */
	GroupedRevenue revenue(String tenantId, LocalDate from, LocalDate to, RevenueGrouping grouping) {
		// The key expression comes from the enum, never from the request.
		String sql = """
				SELECT %s AS group_key, currency, sum(total_amount) AS revenue, count(*) AS orders
				FROM order_revenue
				WHERE tenant_id = :tenant AND order_date BETWEEN :from AND :to AND status <> :cancelled
				GROUP BY 1, 2
				ORDER BY 1, 2
				""".formatted(grouping.keyColumn());
		List<GroupRevenue> groups = this.jdbc.sql(sql)
			.param("cancelled", CANCELLED)
			.param("tenant", tenantId)
			.param("from", from)
			.param("to", to)
			.query((row, number) -> new GroupRevenue(row.getString("group_key"), row.getString("currency"),
					row.getBigDecimal("revenue"), row.getLong("orders")))
			.list();
		Map<String, GroupRevenue> totals = new TreeMap<>();
		for (GroupRevenue group : groups) {
			totals.merge(group.currency(), group, GroupRevenue::plus);
		}
		return new GroupedRevenue(
				groups.stream()
					.map((group) -> new RevenueReport.Row(group.key(), group.currency(), shown(group.revenue()),
							group.orders()))
					.toList(),
				totals.values()
					.stream()
					.map((total) -> new RevenueReport.Total(total.currency(), shown(total.revenue()), total.orders()))
					.toList());
	}

	/** Stored with four decimals so nothing is lost; shown with two, as money is. */
	private static String shown(BigDecimal revenue) {
		return revenue.setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

	/** One group's revenue as summed by the database, before rounding. */
	private record GroupRevenue(String key, String currency, BigDecimal revenue, long orders) {

		GroupRevenue plus(GroupRevenue other) {
			return new GroupRevenue(this.key, this.currency, this.revenue.add(other.revenue),
					this.orders + other.orders);
		}

	}

}
