package io.sentia.analytics.finance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.sentia.events.CashDirection;
import io.sentia.events.InvoiceType;
import io.sentia.testkit.InfrastructureTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The finance read models' SQL on real PostgreSQL: which invoices are open, how payments
 * meet their invoices at read time whatever arrived first, and the cash the bank
 * transactions add up to.
 */
@JdbcTest
class FinanceRepositoryTests extends InfrastructureTests {

	private static final String TENANT = "5e471a00-0000-4000-8000-0000000f1a00";

	private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

	@Autowired
	private NamedParameterJdbcTemplate jdbc;

	private InvoiceRepository invoices;

	private PaymentRepository payments;

	private BankTransactionRepository bankTransactions;

	@BeforeEach
	void repositories() {
		this.invoices = new InvoiceRepository(this.jdbc);
		this.payments = new PaymentRepository(this.jdbc);
		this.bankTransactions = new BankTransactionRepository(this.jdbc);
	}

	@Test
	void openInvoicesAreApprovedOnesWithAnAmountDueOrderedByDueDate() {
		this.invoices.upsertAll(List.of(invoice("A", InvoiceType.ACCREC, "authorised", "50.00", "2026-03-20"),
				invoice("B", InvoiceType.ACCREC, "submitted", "10.00", "2026-03-10"),
				invoice("C", InvoiceType.ACCREC, "draft", "99.00", "2026-03-01"),
				invoice("D", InvoiceType.ACCREC, "paid", "0.00", "2026-03-01"),
				invoice("E", InvoiceType.ACCREC, "voided", "30.00", "2026-03-01"),
				invoice("F", InvoiceType.ACCREC, "authorised", "15.00", null),
				invoice("G", InvoiceType.ACCPAY, "authorised", "70.00", "2026-03-05")));

		assertThat(this.invoices.openInvoices(TENANT, InvoiceType.ACCREC)).extracting(Invoice::invoiceId)
			.containsExactly("B", "A", "F");
		assertThat(this.invoices.openInvoices(TENANT, InvoiceType.ACCPAY)).extracting(Invoice::invoiceId)
			.containsExactly("G");
		assertThat(this.invoices.openInvoices("another-tenant", InvoiceType.ACCREC)).isEmpty();
	}

	@Test
	void aPaymentStoredBeforeItsInvoiceJoinsItOnceTheInvoiceIsStored() {
		this.payments.upsertAll(List.of(payment("P1", "A", "authorised", T0), payment("P2", null, "authorised", T0)));
		assertThat(this.payments.paymentsWithoutInvoice(TENANT)).extracting(Payment::paymentId).containsExactly("P1");
		assertThat(this.invoices.invoicePayments(TENANT, InvoiceType.ACCREC, LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 12, 31)))
			.isEmpty();

		this.invoices.upsertAll(List.of(invoice("A", InvoiceType.ACCREC, "paid", "0.00", "2026-03-05")));

		assertThat(this.payments.paymentsWithoutInvoice(TENANT)).isEmpty();
		assertThat(this.invoices.invoicePayments(TENANT, InvoiceType.ACCREC, LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 12, 31)))
			.singleElement()
			.satisfies((paid) -> {
				assertThat(paid.paymentId()).isEqualTo("P1");
				assertThat(paid.dueDate()).isEqualTo(LocalDate.of(2026, 3, 5));
				assertThat(paid.paidOn()).isEqualTo(LocalDate.of(2026, 3, 9));
				assertThat(paid.amount()).isEqualByComparingTo("40.00");
			});
		assertThat(this.invoices.invoicePayments(TENANT, InvoiceType.ACCPAY, LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 12, 31)))
			.isEmpty();
		// The unallocated payment still counts as money received.
		assertThat(
				this.payments.payments(TENANT, CashDirection.IN, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
			.extracting(Payment::paymentId)
			.containsExactly("P1", "P2");
	}

	@Test
	void aDeletedPaymentNoLongerCountsAndAnOlderStateDoesNotRestoreIt() {
		this.payments.upsertAll(List.of(payment("P1", "A", "authorised", T0),
				payment("P1", "A", "deleted", T0.plusSeconds(60)), payment("P1", "A", "authorised", T0)));

		assertThat(
				this.payments.payments(TENANT, CashDirection.IN, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
			.isEmpty();
		assertThat(this.payments.paymentsWithoutInvoice(TENANT)).isEmpty();
	}

	@Test
	void cashMovementNetsAuthorisedTransactionsPerCurrencyUpToTheDay() {
		this.bankTransactions.upsertAll(List.of(transaction("T1", CashDirection.IN, "1000.00", "GBP", "2026-03-01"),
				transaction("T2", CashDirection.OUT, "250.50", "GBP", "2026-03-02"),
				transaction("T3", CashDirection.IN, "80.00", "EUR", "2026-03-02"),
				transaction("T4", CashDirection.OUT, "99.00", "GBP", "2026-03-03")));
		this.bankTransactions.upsertAll(
				List.of(new BankTransaction(TENANT, "xero", "T5", "acc-1", "Current", CashDirection.IN, "RECEIVE", null,
						null, LocalDate.of(2026, 3, 1), new BigDecimal("5000.00"), "GBP", null, "deleted", false, T0)));

		assertThat(this.bankTransactions.cashMovement(TENANT, LocalDate.of(2026, 3, 2)))
			.extracting((movement) -> movement.currency() + " " + movement.received().toPlainString() + " "
					+ movement.spent().toPlainString() + " " + movement.net().toPlainString() + " "
					+ movement.transactions())
			.containsExactly("EUR 80.0000 0 80.0000 1", "GBP 1000.0000 250.5000 749.5000 2");
		assertThat(this.bankTransactions.transactions(TENANT, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1)))
			.extracting(BankTransaction::transactionId, BankTransaction::signedAmount)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("T1", new BigDecimal("1000.0000")),
					org.assertj.core.groups.Tuple.tuple("T5", new BigDecimal("5000.0000")));
	}

	private static Invoice invoice(String id, InvoiceType type, String status, String due, String dueDate) {
		BigDecimal amountDue = new BigDecimal(due);
		BigDecimal total = new BigDecimal("120.00");
		return new Invoice(TENANT, "xero", id, type, "INV-" + id, null, "c-1", "Harbour Deli", LocalDate.of(2026, 2, 1),
				(dueDate != null) ? LocalDate.parse(dueDate) : null, status, "GBP", new BigDecimal("100.00"),
				new BigDecimal("20.00"), total, total.subtract(amountDue), BigDecimal.ZERO, amountDue, null, T0);
	}

	private static Payment payment(String id, String invoiceId, String status, Instant updatedAt) {
		return new Payment(TENANT, "xero", id, CashDirection.IN, invoiceId, null, "c-1", "Harbour Deli",
				LocalDate.of(2026, 3, 9), new BigDecimal("40.00"), "GBP", "acc-1", null, status, false, updatedAt);
	}

	private static BankTransaction transaction(String id, CashDirection direction, String amount, String currency,
			String date) {
		return new BankTransaction(TENANT, "xero", id, "acc-1", "Current", direction,
				(direction == CashDirection.IN) ? "RECEIVE" : "SPEND", null, null, LocalDate.parse(date),
				new BigDecimal(amount), currency, null, "authorised", true, T0);
	}

}
