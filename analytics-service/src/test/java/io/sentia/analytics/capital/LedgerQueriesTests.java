package io.sentia.analytics.capital;

import java.time.LocalDate;

import io.sentia.analytics.workingcapital.DateRange;
import io.sentia.events.InvoiceType;
import io.sentia.testkit.InfrastructureTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The working-capital SQL on real PostgreSQL: ledger movements meet payments and invoices
 * at read time whatever arrived first, drafts and voided invoices stay off the books, and
 * cost of goods sold leaves out cancelled orders and counts units without a cost.
 */
@JdbcTest
class LedgerQueriesTests extends InfrastructureTests {

	private static final String TENANT = "1ed9e700-0000-4000-8000-000000000001";

	@Autowired
	private NamedParameterJdbcTemplate namedJdbc;

	private JdbcClient jdbc;

	private LedgerQueries queries;

	@BeforeEach
	void queries() {
		this.jdbc = JdbcClient.create(this.namedJdbc);
		this.queries = new LedgerQueries(this.jdbc);
	}

	@Test
	void aPaymentStoredBeforeItsInvoiceMovesTheBalanceOnceTheInvoiceArrives() {
		payment("P1", "R1", "2026-03-05", "40.00");

		assertThat(this.queries.movements(TENANT, InvoiceType.ACCREC, LocalDate.parse("2026-03-31"))).isEmpty();

		invoice("R1", "ACCREC", "paid", "2026-02-01", "40.00", "0.00");

		assertThat(this.queries.movements(TENANT, InvoiceType.ACCREC, LocalDate.parse("2026-03-31")))
			.extracting(LedgerQueries.LedgerMovement::item, LedgerQueries.LedgerMovement::day,
					LedgerQueries.LedgerMovement::rateDay, (movement) -> movement.amount().toPlainString())
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("invoice R1", LocalDate.parse("2026-02-01"),
							LocalDate.parse("2026-02-01"), "40.0000"),
					org.assertj.core.groups.Tuple.tuple("payment P1", LocalDate.parse("2026-03-05"),
							LocalDate.parse("2026-02-01"), "-40.0000"));
		assertThat(this.queries.movements(TENANT, InvoiceType.ACCREC, LocalDate.parse("2026-03-04"))).hasSize(1);
	}

	@Test
	void draftAndVoidedInvoicesAreNotOnTheBooksAndCreditsNetTheTotal() {
		invoice("D1", "ACCREC", "draft", "2026-02-01", "10.00", "0.00");
		invoice("V1", "ACCREC", "voided", "2026-02-01", "20.00", "0.00");
		invoice("C1", "ACCREC", "authorised", "2026-02-02", "30.00", "5.00");
		invoice("B1", "ACCPAY", "authorised", "2026-02-03", "70.00", "0.00");

		assertThat(this.queries.movements(TENANT, InvoiceType.ACCREC, LocalDate.parse("2026-03-31")))
			.extracting((movement) -> movement.amount().toPlainString())
			.containsExactly("25.0000");
		assertThat(this.queries.creditSales(TENANT,
				DateRange.of(LocalDate.parse("2026-02-01"), LocalDate.parse("2026-02-28"))))
			.extracting((sales) -> sales.amount().toPlainString())
			.containsExactly("30.0000");
		assertThat(this.queries.firstBookedDay(TENANT)).contains(LocalDate.parse("2026-02-02"));
		assertThat(this.queries.firstBookedDay("another-tenant")).isEmpty();
		assertThat(this.queries.knowsContact(TENANT, InvoiceType.ACCREC, "contact-D1")).isTrue();
		assertThat(this.queries.knowsContact(TENANT, InvoiceType.ACCREC, "contact-B1")).isFalse();
	}

	@Test
	void costOfGoodsSoldLeavesOutCancelledOrdersAndCountsUnitsWithoutACost() {
		this.jdbc.sql("""
				INSERT INTO product (tenant_id, sku, name, source, unit_cost, unit_cost_currency, active, updated_at)
				VALUES (?, 'A', 'A', 'unleashed', 2.50, 'EUR', true, now())
				""").param(TENANT).update();
		order("o-1", "fulfilled", "A", 4);
		order("o-2", "cancelled", "A", 100);
		order("o-3", "fulfilled", "NOCOST", 3);

		assertThat(this.queries.costOfGoodsSold(TENANT,
				DateRange.of(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"))))
			.extracting(LedgerQueries.DailyAmount::currency,
					(cost) -> cost.amount().stripTrailingZeros().toPlainString(),
					LedgerQueries.DailyAmount::unitsWithoutCost)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("EUR", "10", 0L),
					org.assertj.core.groups.Tuple.tuple(null, "0", 3L));
		assertThat(this.queries.lastSaleDays(TENANT, LocalDate.parse("2026-03-31"))).containsEntry("A",
				LocalDate.parse("2026-03-04"));
		assertThat(this.queries.lastSaleDays(TENANT, LocalDate.parse("2026-03-03"))).isEmpty();
	}

	private void invoice(String id, String type, String status, String issued, String total, String credited) {
		this.jdbc
			.sql("""
					INSERT INTO invoice (tenant_id, source, invoice_id, type, contact_id, contact_name, issue_date, due_date,
					                     status, currency, sub_total, total_tax, total, amount_paid, amount_credited,
					                     amount_due, updated_at)
					VALUES (?, 'xero', ?, ?, ?, 'Someone', ?::date, ?::date + 10, ?, 'GBP', ?::numeric, 0, ?::numeric, 0,
					        ?::numeric, 0, now())
					""")
			.params(TENANT, id, type, "contact-" + id, issued, issued, status, total, total, credited)
			.update();
	}

	private void payment(String id, String invoiceId, String paidOn, String amount) {
		this.jdbc.sql("""
				INSERT INTO payment (tenant_id, source, payment_id, direction, invoice_id, paid_on, amount, currency,
				                     status, reconciled, updated_at)
				VALUES (?, 'xero', ?, 'in', ?, ?::date, ?::numeric, 'GBP', 'authorised', true, now())
				""").params(TENANT, id, invoiceId, paidOn, amount).update();
	}

	private void order(String id, String status, String sku, int quantity) {
		this.jdbc.sql("""
				INSERT INTO order_revenue (tenant_id, source, store, order_id, order_date, ordered_at, region, channel,
				                           status, currency, total_amount, line_count, updated_at)
				VALUES (?, 'shopify', 'uk', ?, '2026-03-04', '2026-03-04T10:00:00Z', 'UK', 'shopify', ?, 'GBP', 10, 1,
				        now())
				""").params(TENANT, id, status).update();
		this.jdbc.sql("""
				INSERT INTO order_line (tenant_id, source, store, order_id, line_id, sku, quantity, line_total)
				VALUES (?, 'shopify', 'uk', ?, 'l-1', ?, ?, 10)
				""").params(TENANT, id, sku, quantity).update();
	}

}
