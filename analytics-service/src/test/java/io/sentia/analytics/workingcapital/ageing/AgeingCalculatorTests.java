package io.sentia.analytics.workingcapital.ageing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.sentia.analytics.workingcapital.BaseCurrency;
import io.sentia.analytics.workingcapital.ContactRef;
import io.sentia.events.InvoiceType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AgeingCalculatorTests {

	private static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);

	private static final ContactRef ACME = new ContactRef("c1", "Acme");

	private static final ContactRef BOLT = new ContactRef("c2", "Bolt");

	private static final ContactRef CRANE = new ContactRef("c3", "Crane");

	private final AgeingCalculator calculator = new AgeingCalculator();

	@Test
	void bucketsByDaysOverdueAtTheEdgesOfEachBucket() {
		assertThat(AgeingBucket.forDaysOverdue(-10)).isEqualTo(AgeingBucket.CURRENT);
		assertThat(AgeingBucket.forDaysOverdue(0)).isEqualTo(AgeingBucket.CURRENT);
		assertThat(AgeingBucket.forDaysOverdue(1)).isEqualTo(AgeingBucket.DAYS_1_TO_30);
		assertThat(AgeingBucket.forDaysOverdue(30)).isEqualTo(AgeingBucket.DAYS_1_TO_30);
		assertThat(AgeingBucket.forDaysOverdue(31)).isEqualTo(AgeingBucket.DAYS_31_TO_60);
		assertThat(AgeingBucket.forDaysOverdue(60)).isEqualTo(AgeingBucket.DAYS_31_TO_60);
		assertThat(AgeingBucket.forDaysOverdue(61)).isEqualTo(AgeingBucket.DAYS_61_TO_90);
		assertThat(AgeingBucket.forDaysOverdue(90)).isEqualTo(AgeingBucket.DAYS_61_TO_90);
		assertThat(AgeingBucket.forDaysOverdue(91)).isEqualTo(AgeingBucket.OVER_90);
	}

	@Test
	void agesReceivablesIntoHandComputedBucketsPerContactAndInTotal() {
		AgeingReport report = this.calculator.age(InvoiceType.ACCREC, AS_OF, BaseCurrency.of("GBP"), items());

		assertThat(report.total()).isEqualTo(buckets("145.00", "50.00", "100.00", "150.00", "100.00", "545.00", 11));
		assertThat(report.contacts()).extracting((ageing) -> ageing.contact().name())
			.containsExactly("Crane", "Acme", "Bolt");
		assertThat(report.contacts().get(0).buckets())
			.isEqualTo(buckets("0.00", "0.00", "0.00", "150.00", "100.00", "250.00", 4));
		assertThat(report.contacts().get(1).buckets())
			.isEqualTo(buckets("145.00", "20.00", "0.00", "0.00", "0.00", "165.00", 4));
		assertThat(report.contacts().get(2).buckets())
			.isEqualTo(buckets("0.00", "30.00", "100.00", "0.00", "0.00", "130.00", 3));
	}

	@Test
	void keepsEachOriginalCurrencyApartAlongsideTheBaseCurrency() {
		AgeingReport report = this.calculator.age(InvoiceType.ACCREC, AS_OF, BaseCurrency.of("GBP"), items());

		assertThat(report.totalByCurrency()).containsOnlyKeys("EUR", "GBP");
		assertThat(report.totalByCurrency().get("EUR"))
			.isEqualTo(buckets("57.50", "0.00", "0.00", "0.00", "0.00", "57.50", 1));
		assertThat(report.totalByCurrency().get("GBP").total()).isEqualTo(new BigDecimal("495.00"));
		assertThat(report.contacts().get(1).byCurrency().get("EUR").current()).isEqualTo(new BigDecimal("57.50"));
	}

	@Test
	void agesPayablesWithoutTheReceivables() {
		AgeingReport report = this.calculator.age(InvoiceType.ACCPAY, AS_OF, BaseCurrency.of("GBP"), items());

		assertThat(report.total()).isEqualTo(buckets("0.00", "0.00", "0.00", "0.00", "999.99", "999.99", 1));
		assertThat(report.contacts()).singleElement().extracting(ContactAgeing::contact).isEqualTo(BOLT);
	}

	@Test
	void roundsToTheBaseCurrencysMinorUnit() {
		OpenItem yen = new OpenItem("y1", InvoiceType.ACCREC, ACME, AS_OF, AS_OF, new BigDecimal("1234.5"), "JPY",
				new BigDecimal("1234.5"));

		AgeingReport report = this.calculator.age(InvoiceType.ACCREC, AS_OF, BaseCurrency.of("JPY"), List.of(yen));

		assertThat(report.total().total()).isEqualTo(new BigDecimal("1234"));
	}

	@Test
	void anEmptyLedgerHasZeroInEveryBucket() {
		AgeingReport report = this.calculator.age(InvoiceType.ACCREC, AS_OF, BaseCurrency.of("GBP"), List.of());

		assertThat(report.total()).isEqualTo(buckets("0.00", "0.00", "0.00", "0.00", "0.00", "0.00", 0));
		assertThat(report.contacts()).isEmpty();
	}

	private static List<OpenItem> items() {
		List<OpenItem> items = new ArrayList<>();
		items.add(receivable("a1", ACME, LocalDate.of(2026, 4, 10), "100.00"));
		// Due today is not overdue; 50.005 rounds half-even to 50.00.
		items.add(new OpenItem("a2", InvoiceType.ACCREC, ACME, LocalDate.of(2026, 3, 1), AS_OF,
				new BigDecimal("50.005"), "EUR", new BigDecimal("57.50")));
		items.add(receivable("a3", ACME, LocalDate.of(2026, 3, 30), "20.00"));
		items.add(receivable("a4", BOLT, LocalDate.of(2026, 3, 1), "30.00"));
		items.add(receivable("a5", BOLT, LocalDate.of(2026, 2, 28), "40.00"));
		items.add(receivable("a6", BOLT, LocalDate.of(2026, 1, 30), "60.00"));
		items.add(receivable("a7", CRANE, LocalDate.of(2026, 1, 29), "70.00"));
		items.add(receivable("a8", CRANE, LocalDate.of(2025, 12, 31), "80.00"));
		items.add(receivable("a9", CRANE, LocalDate.of(2025, 12, 30), "90.00"));
		// No terms: due on its issue date, 150 days ago.
		items.add(new OpenItem("a10", InvoiceType.ACCREC, CRANE, LocalDate.of(2025, 11, 1), null,
				new BigDecimal("10.00"), "GBP", new BigDecimal("10.00")));
		// A credit balance nets against the contact's other items.
		items.add(receivable("a11", ACME, LocalDate.of(2026, 4, 30), "-5.00"));
		items.add(new OpenItem("b1", InvoiceType.ACCPAY, BOLT, LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 31),
				new BigDecimal("999.99"), "GBP", new BigDecimal("999.99")));
		return items;
	}

	private static OpenItem receivable(String id, ContactRef contact, LocalDate due, String amount) {
		return new OpenItem(id, InvoiceType.ACCREC, contact, due.minusDays(30), due, new BigDecimal(amount), "GBP",
				new BigDecimal(amount));
	}

	private static AgeingBuckets buckets(String current, String days1To30, String days31To60, String days61To90,
			String over90, String total, int items) {
		return new AgeingBuckets(new BigDecimal(current), new BigDecimal(days1To30), new BigDecimal(days31To60),
				new BigDecimal(days61To90), new BigDecimal(over90), new BigDecimal(total), items);
	}

}
