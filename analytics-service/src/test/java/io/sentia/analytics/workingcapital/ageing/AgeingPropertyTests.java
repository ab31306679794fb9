package io.sentia.analytics.workingcapital.ageing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import io.sentia.analytics.workingcapital.BaseCurrency;
import io.sentia.analytics.workingcapital.ContactRef;
import io.sentia.events.InvoiceType;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ageing reconciles whatever the items: buckets add up to the open total, contacts add up
 * to the total, and the items' order changes nothing.
 */
class AgeingPropertyTests {

	private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

	private static final BaseCurrency GBP = BaseCurrency.of("GBP");

	private final AgeingCalculator calculator = new AgeingCalculator();

	@Property(tries = 300)
	void bucketsAddUpToTheOpenTotalToTheCent(@ForAll("openItems") List<OpenItem> items) {
		AgeingReport report = this.calculator.age(InvoiceType.ACCREC, AS_OF, GBP, items);

		BigDecimal openTotal = items.stream()
			.filter((item) -> item.type() == InvoiceType.ACCREC)
			.map((item) -> GBP.round(item.amountDueBase()))
			.reduce(GBP.zero(), BigDecimal::add);
		assertThat(report.total().total()).isEqualTo(openTotal);
		assertThat(sum(report.total().bucketAmounts())).isEqualTo(report.total().total());
		report.totalByCurrency()
			.values()
			.forEach((buckets) -> assertThat(buckets.bucketAmounts().stream().reduce(BigDecimal::add).orElseThrow())
				.isEqualTo(buckets.total()));
	}

	@Property(tries = 300)
	void contactsAddUpToTheTotalBucketByBucket(@ForAll("openItems") List<OpenItem> items) {
		AgeingReport report = this.calculator.age(InvoiceType.ACCREC, AS_OF, GBP, items);

		for (AgeingBucket bucket : AgeingBucket.values()) {
			BigDecimal contacts = report.contacts()
				.stream()
				.map((ageing) -> ageing.buckets().amount(bucket))
				.reduce(GBP.zero(), BigDecimal::add);
			assertThat(contacts).as(bucket.name()).isEqualTo(report.total().amount(bucket));
		}
		assertThat(report.contacts().stream().mapToInt((ageing) -> ageing.buckets().items()).sum())
			.isEqualTo(report.total().items());
	}

	@Property(tries = 200)
	void theItemsOrderChangesNothing(@ForAll("openItems") List<OpenItem> items, @ForAll long seed) {
		List<OpenItem> shuffled = new ArrayList<>(items);
		Collections.shuffle(shuffled, new Random(seed));

		assertThat(this.calculator.age(InvoiceType.ACCREC, AS_OF, GBP, shuffled))
			.isEqualTo(this.calculator.age(InvoiceType.ACCREC, AS_OF, GBP, items));
	}

	@Provide
	Arbitrary<List<OpenItem>> openItems() {
		Arbitrary<ContactRef> contacts = Arbitraries.integers()
			.between(1, 6)
			.map((i) -> new ContactRef("c" + i, (i % 2 == 0) ? "Name " + i : "Other " + i));
		Arbitrary<BigDecimal> amounts = Arbitraries.bigDecimals()
			.between(new BigDecimal("-5000"), new BigDecimal("100000"))
			.ofScale(4);
		Arbitrary<OpenItem> item = Combinators
			.combine(Arbitraries.of(InvoiceType.values()), contacts, Arbitraries.integers().between(-200, 400),
					Arbitraries.integers().between(0, 60).injectNull(0.1), amounts, Arbitraries.of("GBP", "EUR", "JPY"),
					Arbitraries.strings().alpha().ofLength(6))
			.as((type, contact, age, terms, amount, currency, id) -> new OpenItem(id, type, contact,
					AS_OF.minusDays(age), (terms != null) ? AS_OF.minusDays(age).plusDays(terms) : null, amount,
					currency, amount.multiply(new BigDecimal("1.17"))));
		return item.list().ofMaxSize(60);
	}

	private static BigDecimal sum(List<BigDecimal> amounts) {
		return amounts.stream().reduce(GBP.zero(), BigDecimal::add);
	}

}
