package io.sentia.analytics.workingcapital.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;

import io.sentia.analytics.workingcapital.ContactRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PaymentBehaviourCalculatorTests {

	private static final ContactRef ACME = new ContactRef("c1", "Acme");

	private static final ContactRef BOLT = new ContactRef("c2", "Bolt");

	private final PaymentBehaviourCalculator calculator = new PaymentBehaviourCalculator();

	@Test
	void weighsDaysToPayAndDaysLateByAmount() {
		SortedMap<String, PaymentBehaviour> behaviours = this.calculator.byContact(payments());

		PaymentBehaviour acme = behaviours.get("c1");
		// Σ amount × days to pay: 100 × 40 + 300 × 20 + 100 × 40 = 14,000 over 500.
		assertThat(acme.averageDaysToPay()).isEqualTo(new BigDecimal("28.00"));
		// Σ amount × days late: 100 × 10 − 300 × 10 + 100 × 10 = −1,000 over 500: early.
		assertThat(acme.averageDaysLate()).isEqualTo(new BigDecimal("-2.00"));
		assertThat(acme.amountPaid()).isEqualByComparingTo("500");
		assertThat(acme.payments()).isEqualTo(3);
		assertThat(acme.invoices()).isEqualTo(2);
		assertThat(acme.expectedPaymentDate(LocalDate.of(2026, 5, 1))).isEqualTo(LocalDate.of(2026, 4, 29));
	}

	@Test
	void anInvoiceWithoutTermsIsLateFromItsIssueDate() {
		PaymentBehaviour bolt = this.calculator.byContact(payments()).get("c2");

		assertThat(bolt.averageDaysToPay()).isEqualTo(new BigDecimal("15.00"));
		assertThat(bolt.averageDaysLate()).isEqualTo(new BigDecimal("15.00"));
		assertThat(bolt.shiftDays()).isEqualTo(15);
	}

	@Test
	void aContactWithOnlyZeroPaymentsHasNoBehaviour() {
		List<InvoicePayment> payments = List.of(new InvoicePayment(new ContactRef("c9", "Nil"), "i9",
				LocalDate.of(2026, 1, 1), null, LocalDate.of(2026, 2, 1), BigDecimal.ZERO));

		assertThat(this.calculator.byContact(payments)).isEmpty();
	}

	@Test
	void shiftsByTheAverageRoundedHalfEvenToWholeDays() {
		List<InvoicePayment> payments = List.of(payment(ACME, "i1", "2026-01-01", "2026-01-31", "2026-02-02", "10"),
				payment(ACME, "i2", "2026-01-01", "2026-01-31", "2026-02-03", "10"));

		PaymentBehaviour acme = this.calculator.byContact(payments).get("c1");

		assertThat(acme.averageDaysLate()).isEqualTo(new BigDecimal("2.50"));
		assertThat(acme.shiftDays()).isEqualTo(2);
	}

	@Test
	void thePaymentsOrderChangesNothing() {
		List<InvoicePayment> reversed = new ArrayList<>(payments());
		Collections.reverse(reversed);

		assertThat(this.calculator.byContact(reversed)).isEqualTo(this.calculator.byContact(payments()));
	}

	private static List<InvoicePayment> payments() {
		return List.of(payment(ACME, "i1", "2026-01-01", "2026-01-31", "2026-02-10", "100"),
				payment(ACME, "i2", "2026-02-01", "2026-03-03", "2026-02-21", "300"),
				payment(ACME, "i2", "2026-02-01", "2026-03-03", "2026-03-13", "100"),
				payment(ACME, "i3", "2026-02-01", "2026-03-03", "2026-03-13", "0"),
				payment(BOLT, "i4", "2026-01-01", null, "2026-01-16", "50"));
	}

	private static InvoicePayment payment(ContactRef contact, String invoice, String issued, String due, String paid,
			String amount) {
		return new InvoicePayment(contact, invoice, LocalDate.parse(issued),
				(due != null) ? LocalDate.parse(due) : null, LocalDate.parse(paid), new BigDecimal(amount));
	}

}
