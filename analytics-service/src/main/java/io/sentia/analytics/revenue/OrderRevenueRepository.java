package io.sentia.analytics.revenue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
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

	private final JdbcClient jdbc;

	OrderRevenueRepository(NamedParameterJdbcOperations namedJdbc) {
		this.jdbc = JdbcClient.create(namedJdbc);
	}

	/**
	 * Stores each order unless a snapshot at least as new is stored already: of two
	 * snapshots of one order in the list, the newer stays (the first of two equally new
	 * ones). A batch costs four statements whatever its size: the orders, their old lines
	 * removed, their new lines, and the days they make stale, each one multi-row
	 * statement over arrays. The orders statement also answers, grouped by region,
	 * channel and currency, how many orders were new (inserted, {@code xmax = 0}) and
	 * their totals, cancelled ones left out: a few rows, summed in the database.
	 * @param orders the snapshots
	 * @return the orders stored for the first time, by region, channel and currency
	 */
	List<FirstSeen> upsertAll(List<OrderRevenue> orders) {
		if (orders.isEmpty()) {
			return List.of();
		}
		List<OrderRevenue> newest = newestPerOrder(orders);
		Columns columns = new Columns(newest.size());
		newest.forEach(columns::add);
		List<FirstSeen> firstSeen = this.jdbc.sql("""
				WITH upserted AS (
				INSERT INTO order_revenue (tenant_id, source, store, order_id, order_date, ordered_at, region, channel,
				                           status, currency, total_amount, line_count, updated_at)
				SELECT k.tenant_id, k.source, k.store, k.order_id, k.order_date::date, k.ordered_at::timestamptz,
				       k.region, k.channel, k.status, k.currency, k.total::numeric, k.line_count::integer,
				       k.updated_at::timestamptz
				FROM unnest(:tenants, :sources, :stores, :orderIds, :orderDates, :orderedAts, :regions, :channels,
				            :statuses, :currencies, :totals, :lineCounts, :updatedAts)
				     AS k(tenant_id, source, store, order_id, order_date, ordered_at, region, channel, status, currency,
				          total, line_count, updated_at)
				ON CONFLICT (tenant_id, source, store, order_id) DO UPDATE SET
				    order_date = EXCLUDED.order_date, ordered_at = EXCLUDED.ordered_at, region = EXCLUDED.region,
				    channel = EXCLUDED.channel, status = EXCLUDED.status, currency = EXCLUDED.currency,
				    total_amount = EXCLUDED.total_amount, line_count = EXCLUDED.line_count,
				    updated_at = EXCLUDED.updated_at
				WHERE order_revenue.updated_at < EXCLUDED.updated_at
				RETURNING xmax = 0 AS inserted, region, channel, currency, status, total_amount
				)
				SELECT region, channel, currency, count(*) AS orders, sum(total_amount) AS revenue
				FROM upserted WHERE inserted AND status <> :cancelled
				GROUP BY region, channel, currency
				""")
			.param("cancelled", CANCELLED)
			.param("tenants", textArray(columns.tenants))
			.param("sources", textArray(columns.sources))
			.param("stores", textArray(columns.stores))
			.param("orderIds", textArray(columns.orderIds))
			.param("orderDates", textArray(columns.orderDates))
			.param("orderedAts", textArray(columns.orderedAts))
			.param("regions", textArray(columns.regions))
			.param("channels", textArray(columns.channels))
			.param("statuses", textArray(columns.statuses))
			.param("currencies", textArray(columns.currencies))
			.param("totals", textArray(columns.totals))
			.param("lineCounts", textArray(columns.lineCounts))
			.param("updatedAts", textArray(columns.updatedAts))
			.query((row, number) -> new FirstSeen(row.getString("region"), row.getString("channel"),
					row.getString("currency"), row.getLong("orders"), row.getBigDecimal("revenue")))
			.list();
		replaceLines(newest, columns);
		markDaysStale(newest);
		return firstSeen;
	}

	/**
	 * Orders stored for the first time by one batch, of one region, channel and currency.
	 *
	 * @param region sales region
	 * @param channel sales channel
	 * @param currency ISO-4217 currency of the totals
	 * @param orders how many
	 * @param revenue the sum of their totals
	 */
	record FirstSeen(String region, String channel, String currency, long orders, BigDecimal revenue) {
	}

	/**
	 * The newest snapshot of each order in the list, in first-seen order; of two equally
	 * new ones the first, as a stored snapshot is replaced only by a strictly newer one.
	 */
	private static List<OrderRevenue> newestPerOrder(List<OrderRevenue> orders) {
		Map<List<String>, OrderRevenue> newest = new LinkedHashMap<>();
		for (OrderRevenue order : orders) {
			newest.merge(List.of(order.tenantId(), order.source(), order.store(), order.orderId()), order,
					(kept, next) -> next.updatedAt().isAfter(kept.updatedAt()) ? next : kept);
		}
		return List.copyOf(newest.values());
	}

	/**
	 * Writes each snapshot's lines if, and only if, that snapshot is the one stored now:
	 * an older snapshot, skipped above, leaves the stored lines alone, and a redelivered
	 * one writes the same lines again. A line id repeated within a snapshot keeps its
	 * last line.
	 */
	private void replaceLines(List<OrderRevenue> orders, Columns keys) {
		this.jdbc.sql("""
				DELETE FROM order_line l
				USING order_revenue o,
				      unnest(:tenants, :sources, :stores, :orderIds, :updatedAts)
				          AS k(tenant_id, source, store, order_id, updated_at)
				WHERE o.tenant_id = k.tenant_id AND o.source = k.source AND o.store = k.store
				  AND o.order_id = k.order_id AND o.updated_at = k.updated_at::timestamptz
				  AND l.tenant_id = o.tenant_id AND l.source = o.source AND l.store = o.store
				  AND l.order_id = o.order_id
				""")
			.param("tenants", textArray(keys.tenants))
			.param("sources", textArray(keys.sources))
			.param("stores", textArray(keys.stores))
			.param("orderIds", textArray(keys.orderIds))
			.param("updatedAts", textArray(keys.updatedAts))
			.update();
		Map<List<String>, String[]> lines = new LinkedHashMap<>();
		for (OrderRevenue order : orders) {
			for (OrderRevenue.Line line : order.lines()) {
				lines.put(List.of(order.tenantId(), order.source(), order.store(), order.orderId(), line.lineId()),
						new String[] { order.tenantId(), order.source(), order.store(), order.orderId(),
								order.updatedAt().toString(), line.lineId(), line.sku(),
								Integer.toString(line.quantity()), line.total().toPlainString() });
			}
		}
		if (lines.isEmpty()) {
			return;
		}
		List<String[]> rows = List.copyOf(lines.values());
		this.jdbc.sql("""
				INSERT INTO order_line (tenant_id, source, store, order_id, line_id, sku, quantity, line_total)
				SELECT o.tenant_id, o.source, o.store, o.order_id, k.line_id, k.sku, k.quantity::integer,
				       k.line_total::numeric
				FROM unnest(:tenants, :sources, :stores, :orderIds, :updatedAts, :lineIds, :skus, :quantities,
				            :lineTotals)
				     AS k(tenant_id, source, store, order_id, updated_at, line_id, sku, quantity, line_total)
				JOIN order_revenue o ON o.tenant_id = k.tenant_id AND o.source = k.source AND o.store = k.store
				                    AND o.order_id = k.order_id AND o.updated_at = k.updated_at::timestamptz
				ON CONFLICT (tenant_id, source, store, order_id, line_id) DO UPDATE SET
				    sku = EXCLUDED.sku, quantity = EXCLUDED.quantity, line_total = EXCLUDED.line_total
				""")
			.param("tenants", column(rows, 0))
			.param("sources", column(rows, 1))
			.param("stores", column(rows, 2))
			.param("orderIds", column(rows, 3))
			.param("updatedAts", column(rows, 4))
			.param("lineIds", column(rows, 5))
			.param("skus", column(rows, 6))
			.param("quantities", column(rows, 7))
			.param("lineTotals", column(rows, 8))
			.update();
	}

	private static SqlTypeValue column(List<String[]> rows, int index) {
		return textArray(rows.stream().map((row) -> row[index]).toArray(String[]::new));
	}

	/** The batch's orders as one text array per column. */
	private static final class Columns {

		private final String[] tenants;

		private final String[] sources;

		private final String[] stores;

		private final String[] orderIds;

		private final String[] orderDates;

		private final String[] orderedAts;

		private final String[] regions;

		private final String[] channels;

		private final String[] statuses;

		private final String[] currencies;

		private final String[] totals;

		private final String[] lineCounts;

		private final String[] updatedAts;

		private int size;

		Columns(int capacity) {
			this.tenants = new String[capacity];
			this.sources = new String[capacity];
			this.stores = new String[capacity];
			this.orderIds = new String[capacity];
			this.orderDates = new String[capacity];
			this.orderedAts = new String[capacity];
			this.regions = new String[capacity];
			this.channels = new String[capacity];
			this.statuses = new String[capacity];
			this.currencies = new String[capacity];
			this.totals = new String[capacity];
			this.lineCounts = new String[capacity];
			this.updatedAts = new String[capacity];
		}

		void add(OrderRevenue order) {
			int i = this.size++;
			this.tenants[i] = order.tenantId();
			this.sources[i] = order.source();
			this.stores[i] = order.store();
			this.orderIds[i] = order.orderId();
			this.orderDates[i] = order.orderDate().toString();
			this.orderedAts[i] = order.orderedAt().toString();
			this.regions[i] = order.region();
			this.channels[i] = order.channel();
			this.statuses[i] = order.status();
			this.currencies[i] = order.currency();
			this.totals[i] = order.total().toPlainString();
			this.lineCounts[i] = Integer.toString(order.lines().size());
			this.updatedAts[i] = order.updatedAt().toString();
		}

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
