package io.sentia.analytics.revenue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

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

	OrderRevenueRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores the order unless a snapshot at least as new is stored already.
	 * @param order the snapshot
	 * @return whether it was stored
	 */
	boolean upsert(OrderRevenue order) {
		int changed = this.jdbc.sql("""
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
				""")
			.param("tenant", order.tenantId())
			.param("source", order.source())
			.param("store", order.store())
			.param("orderId", order.orderId())
			.param("orderDate", order.orderDate())
			.param("orderedAt", order.orderedAt().atOffset(ZoneOffset.UTC))
			.param("region", order.region())
			.param("channel", order.channel())
			.param("status", order.status())
			.param("currency", order.currency())
			.param("total", order.total())
			.param("lineCount", order.lineCount())
			.param("updatedAt", order.updatedAt().atOffset(ZoneOffset.UTC))
			.update();
		return changed == 1;
	}

	List<RevenueReport.Row> revenue(String tenantId, LocalDate from, LocalDate to, RevenueGrouping grouping) {
		// The key expression comes from the enum, never from the request.
		String sql = """
				SELECT %s AS group_key, currency, sum(total_amount) AS revenue, count(*) AS orders
				FROM order_revenue
				WHERE tenant_id = :tenant AND order_date BETWEEN :from AND :to AND status <> :cancelled
				GROUP BY 1, 2
				ORDER BY 1, 2
				""".formatted(grouping.keyColumn());
		return this.jdbc.sql(sql)
			.param("cancelled", CANCELLED)
			.param("tenant", tenantId)
			.param("from", from)
			.param("to", to)
			.query((row, number) -> new RevenueReport.Row(row.getString("group_key"), row.getString("currency"),
					amount(row), row.getLong("orders")))
			.list();
	}

	List<RevenueReport.Total> totals(String tenantId, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				SELECT currency, sum(total_amount) AS revenue, count(*) AS orders
				FROM order_revenue
				WHERE tenant_id = :tenant AND order_date BETWEEN :from AND :to AND status <> :cancelled
				GROUP BY currency
				ORDER BY currency
				""")
			.param("cancelled", CANCELLED)
			.param("tenant", tenantId)
			.param("from", from)
			.param("to", to)
			.query((row, number) -> new RevenueReport.Total(row.getString("currency"), amount(row),
					row.getLong("orders")))
			.list();
	}

	/** Stored with four decimals so nothing is lost; shown with two, as money is. */
	private static String amount(ResultSet row) throws SQLException {
		BigDecimal revenue = row.getBigDecimal("revenue");
		return revenue.setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

}
