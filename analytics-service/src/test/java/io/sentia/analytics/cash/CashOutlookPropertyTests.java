package io.sentia.analytics.cash;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Predicate;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outlook reconciles to the cent whatever its input.
 */
class CashOutlookPropertyTests {

	@Property(tries = 300)
	void everyWeekClosesAtItsOpeningPlusItsLinesToTheCent(@ForAll("inputs") CashOutlookInput input) {
		CashOutlook outlook = CashOutlookEngine.project(input);

		assertThat(outlook.weeks()).hasSize(13);
		assertThat(outlook.weeks().getFirst().opening())
			.isEqualTo(input.openingBalance().setScale(2, RoundingMode.HALF_EVEN));
		for (int i = 0; i < outlook.weeks().size(); i++) {
			CashWeek week = outlook.weeks().get(i);
			assertThat(week.start()).isEqualTo(input.asOf().plusDays(7L * i));
			assertThat(week.closing()).isEqualTo(week.opening().add(sum(week.lines(), (line) -> true)));
			assertThat(week.inflows()).isEqualTo(sum(week.lines(), (line) -> line.category().flow() == CashFlow.IN));
			assertThat(week.outflows()).isEqualTo(sum(week.lines(), (line) -> line.category().flow() == CashFlow.OUT));
			assertThat(week.closing().scale()).isEqualTo(2);
			assertThat(week.lowestPoint()).isLessThanOrEqualTo(week.closing());
			assertThat(week.belowThreshold()).isEqualTo(week.lowestPoint().compareTo(outlook.minimumCash()) < 0);
			for (CashLine line : week.lines()) {
				assertThat(line.amount())
					.isEqualTo(line.items().stream().map(CashItem::amount).reduce(zero(), BigDecimal::add));
				assertThat(line.items()).allSatisfy((item) -> {
					assertThat(item.amount().scale()).isEqualTo(2);
					assertThat(item.date()).isBetween(week.start(), week.end());
				});
			}
			if (i > 0) {
				assertThat(week.opening()).isEqualTo(outlook.weeks().get(i - 1).closing());
			}
		}
	}

	@Property(tries = 300)
	void receivablesAndBillsWithinTheHorizonAreCountedOnceEach(@ForAll("inputs") CashOutlookInput input) {
		CashOutlook outlook = CashOutlookEngine.project(input);

		BigDecimal expectedReceivables = input.receivables()
			.stream()
			.filter((invoice) -> !expected(input, invoice).isAfter(input.horizonEnd()))
			.map((invoice) -> invoice.amountDue().setScale(2, RoundingMode.HALF_EVEN))
			.reduce(zero(), BigDecimal::add);
		BigDecimal expectedBills = input.payables()
			.stream()
			.filter((bill) -> bill.dueDate() == null || !bill.dueDate().isAfter(input.horizonEnd()))
			.map((bill) -> bill.amountDue().setScale(2, RoundingMode.HALF_EVEN).negate())
			.reduce(zero(), BigDecimal::add);

		assertThat(categoryTotal(outlook, LineCategory.RECEIVABLES)).isEqualTo(expectedReceivables);
		assertThat(categoryTotal(outlook, LineCategory.PAYABLES)).isEqualTo(expectedBills);
	}

	@Provide
	Arbitrary<CashOutlookInput> inputs() {
		return CashOutlookInputs.inputs();
	}

	private static java.time.LocalDate expected(CashOutlookInput input, OpenReceivable invoice) {
		java.time.LocalDate due = (invoice.dueDate() != null) ? invoice.dueDate() : input.asOf();
		return due.plusDays(input.customerDaysLate().getOrDefault(invoice.contact(), 0));
	}

	private static BigDecimal categoryTotal(CashOutlook outlook, LineCategory category) {
		return outlook.weeks()
			.stream()
			.flatMap((week) -> week.lines().stream())
			.filter((line) -> line.category() == category)
			.map(CashLine::amount)
			.reduce(zero(), BigDecimal::add);
	}

	private static BigDecimal sum(List<CashLine> lines, Predicate<CashLine> which) {
		return lines.stream().filter(which).map(CashLine::amount).reduce(zero(), BigDecimal::add);
	}

	private static BigDecimal zero() {
		return BigDecimal.ZERO.setScale(2);
	}

}
