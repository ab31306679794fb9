package io.sentia.analytics.capital;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.sentia.analytics.workingcapital.DateRange;
import io.sentia.events.InvoiceType;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sums working capital needs from the invoice, payment, order and product read models
 * that their repositories do not answer: ledger movements, credit sales, cost of goods
 * sold and last sale days. Every query filters by tenant.
 */
class LedgerQueries {

	/** Invoice statuses that are on the books: approved, owed or settled. */
	private static final String BOOKED = "('submitted', 'authorised', 'paid')";

	private final JdbcClient jdbc;

	LedgerQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What moved a ledger's balance up to a day: each booked invoice's total net of
	 * credits on its issue date, and each authorised payment of one (negative) on its
	 * payment date. Payments meet their invoices here, at read time: a payment stored
	 * before its invoice counts once the invoice is stored.
	 * @param tenantId the tenant
	 * @param type {@code ACCREC} receivables or {@code ACCPAY} payables
	 * @param through the last day, inclusive
	 * @return the movements by day, then item
	 */
	List<LedgerMovement> movements(String tenantId, InvoiceType type, LocalDate through) {
		return this.jdbc.sql("""
				SELECT 'invoice ' || i.invoice_id AS item, i.issue_date AS day, i.issue_date AS rate_day, i.currency,
				       i.total - i.amount_credited AS amount
				FROM invoice i
				WHERE i.tenant_id = :tenant AND i.type = :type AND i.status IN %1$s AND i.issue_date <= :through
				UNION ALL
				SELECT 'payment ' || p.payment_id, p.paid_on, i.issue_date, p.currency, -p.amount
				FROM payment p
				JOIN invoice i ON i.tenant_id = p.tenant_id AND i.source = p.source AND i.invoice_id = p.invoice_id
				WHERE p.tenant_id = :tenant AND i.type = :type AND i.status IN %1$s AND p.status = 'authorised'
				  AND p.paid_on <= :through
				ORDER BY day, item
				""".formatted(BOOKED))
			.param("tenant", tenantId)
			.param("type", type.name())
			.param("through", through)
			.query((row, number) -> new LedgerMovement(row.getString("item"), row.getObject("day", LocalDate.class),
					row.getObject("rate_day", LocalDate.class), row.getString("currency"), row.getBigDecimal("amount")))
			.list();
	}

	/**
	 * The first day of a tenant's books: the earliest issue date of a booked invoice.
	 * @param tenantId the tenant
	 * @return the day, or empty when no invoice is booked
	 */
	Optional<LocalDate> firstBookedDay(String tenantId) {
		return this.jdbc.sql("SELECT min(issue_date) FROM invoice WHERE tenant_id = :tenant AND status IN " + BOOKED)
			.param("tenant", tenantId)
			.query((row, number) -> Optional.ofNullable(row.getObject(1, LocalDate.class)))
			.single();
	}

	/**
	 * Booked {@code ACCREC} invoice totals issued in a window, per day and currency.
	 * @param tenantId the tenant
	 * @param window issue dates, inclusive
	 * @return the totals by day then currency
	 */
	List<DailyAmount> creditSales(String tenantId, DateRange window) {
		return this.jdbc.sql("""
				SELECT issue_date AS day, currency, sum(total) AS amount FROM invoice
				WHERE tenant_id = :tenant AND type = 'ACCREC' AND status IN %s AND issue_date BETWEEN :from AND :to
				GROUP BY issue_date, currency
				ORDER BY issue_date, currency
				""".formatted(BOOKED))
			.param("tenant", tenantId)
			.param("from", window.from())
			.param("to", window.to())
			.query((row, number) -> new DailyAmount(row.getObject("day", LocalDate.class), row.getString("currency"),
					row.getBigDecimal("amount"), 0))
			.list();
	}

	/**
	 * Units sold in a window times their product's unit cost, per order day and cost
	 * currency, over the lines of orders not cancelled; units of a SKU without a unit
	 * cost are counted under a {@code null} currency.
	 * @param tenantId the tenant
	 * @param window UTC order dates, inclusive
	 * @return the costs by day then currency
	 */
	List<DailyAmount> costOfGoodsSold(String tenantId, DateRange window) {
		return this.jdbc.sql("""
				SELECT o.order_date AS day, p.unit_cost_currency AS currency,
				       coalesce(sum(l.quantity * p.unit_cost), 0) AS amount,
				       coalesce(sum(l.quantity) FILTER (WHERE p.unit_cost IS NULL), 0) AS units_without_cost
				FROM order_line l
				JOIN order_revenue o ON o.tenant_id = l.tenant_id AND o.source = l.source AND o.store = l.store
				                    AND o.order_id = l.order_id
				LEFT JOIN product p ON p.tenant_id = l.tenant_id AND p.sku = l.sku
				WHERE l.tenant_id = :tenant AND o.status <> 'cancelled' AND o.order_date BETWEEN :from AND :to
				GROUP BY o.order_date, p.unit_cost_currency
				ORDER BY o.order_date, p.unit_cost_currency NULLS LAST
				""")
			.param("tenant", tenantId)
			.param("from", window.from())
			.param("to", window.to())
			.query((row, number) -> new DailyAmount(row.getObject("day", LocalDate.class), row.getString("currency"),
					row.getBigDecimal("amount"), row.getLong("units_without_cost")))
			.list();
	}

	/**
	 * The last UTC day each SKU sold on or before a day, over orders not cancelled.
	 * @param tenantId the tenant
	 * @param asOf the last day, inclusive
	 * @return the day by SKU
	 */
	Map<String, LocalDate> lastSaleDays(String tenantId, LocalDate asOf) {
		Map<String, LocalDate> days = new TreeMap<>();
		this.jdbc.sql("""
				SELECT l.sku, max(o.order_date) AS day
				FROM order_line l
				JOIN order_revenue o ON o.tenant_id = l.tenant_id AND o.source = l.source AND o.store = l.store
				                    AND o.order_id = l.order_id
				WHERE l.tenant_id = :tenant AND o.status <> 'cancelled' AND o.order_date <= :asOf AND l.quantity > 0
				GROUP BY l.sku
				""")
			.param("tenant", tenantId)
			.param("asOf", asOf)
			.query((RowCallbackHandler) (row) -> days.put(row.getString("sku"), row.getObject("day", LocalDate.class)));
		return days;
	}

	/**
	 * Whether the tenant's books know a contact on any invoice of a type, in any status.
	 * @param tenantId the tenant
	 * @param type the invoices' type
	 * @param contactId the contact
	 * @return {@code true} if an invoice of the type names the contact
	 */
	boolean knowsContact(String tenantId, InvoiceType type, String contactId) {
		return this.jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM invoice WHERE tenant_id = :tenant AND type = :type
				               AND contact_id = :contact)
				""")
			.param("tenant", tenantId)
			.param("type", type.name())
			.param("contact", contactId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * A change to a ledger's balance in one currency.
	 *
	 * @param item what moved it, e.g. {@code invoice INV-1} or {@code payment P-1}
	 * @param day the day it moved the balance
	 * @param rateDay the day whose rate converts it: the invoice's issue date, so a
	 * settled invoice nets to zero in the base currency
	 * @param currency its currency
	 * @param amount signed: an invoice up, a payment down
	 */
	record LedgerMovement(String item, LocalDate day, LocalDate rateDay, String currency, BigDecimal amount) {
	}

	/**
	 * An amount of one day and currency.
	 *
	 * @param day the day
	 * @param currency the currency, or {@code null} for units without a unit cost
	 * @param amount the amount
	 * @param unitsWithoutCost units sold whose SKU has no unit cost (cost of goods sold
	 * only)
	 */
	record DailyAmount(LocalDate day, @Nullable String currency, BigDecimal amount, long unitsWithoutCost) {
	}

}
