package io.sentia.analytics.workingcapital.cycle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.sentia.analytics.workingcapital.BaseCurrency;
import io.sentia.analytics.workingcapital.DateRange;
import io.sentia.analytics.workingcapital.Figure;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CashConversionCycleCalculatorTests {

	private static final DateRange JANUARY_1_TO_10 = DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 10));

	private static final BaseCurrency GBP = BaseCurrency.of("GBP");

	private final CashConversionCycleCalculator calculator = new CashConversionCycleCalculator();

	// Receivables: 1,000 for 5 days, 2,000 for 5 days: average 1,500.
	private static final List<DatedBalance> RECEIVABLES = List.of(balance(2026, 1, 6, "2000"),
			balance(2025, 12, 31, "1000"));

	// Payables: 600 from the first day on: average 600.
	private static final List<DatedBalance> PAYABLES = List.of(balance(2026, 1, 1, "600"));

	// Inventory: 4,000 for 8 days, 5,000 for 2 days: average 4,200.
	private static final List<DatedBalance> INVENTORY = List.of(balance(2025, 12, 1, "4000"),
			balance(2026, 1, 9, "5000"));

	@Test
	void computesHandCalculatedDaysFromDailyAverageBalances() {
		CycleMetrics metrics = this.calculator.compute(new CycleInputs(JANUARY_1_TO_10, RECEIVABLES, PAYABLES,
				INVENTORY, new BigDecimal("3000"), new BigDecimal("2000")), GBP);

		assertThat(metrics.days()).isEqualTo(10);
		assertThat(metrics.averageReceivables()).isEqualTo(Figure.of(new BigDecimal("1500.00")));
		assertThat(metrics.averagePayables()).isEqualTo(Figure.of(new BigDecimal("600.00")));
		assertThat(metrics.averageInventoryAtCost()).isEqualTo(Figure.of(new BigDecimal("4200.00")));
		// 1,500 / 3,000 × 10; 600 / 2,000 × 10; 4,200 / 2,000 × 10.
		assertThat(metrics.dso()).isEqualTo(Figure.of(new BigDecimal("5.00")));
		assertThat(metrics.dpo()).isEqualTo(Figure.of(new BigDecimal("3.00")));
		assertThat(metrics.dio()).isEqualTo(Figure.of(new BigDecimal("21.00")));
		assertThat(metrics.ccc()).isEqualTo(Figure.of(new BigDecimal("23.00")));
	}

	@Test
	void roundsDaysToTwoDecimalsAndTheCycleIsTheSumOfTheRoundedTerms() {
		CycleMetrics metrics = this.calculator.compute(new CycleInputs(JANUARY_1_TO_10, RECEIVABLES, PAYABLES,
				INVENTORY, new BigDecimal("7000"), new BigDecimal("3000")), GBP);

		// 15,000 / 7,000 = 2.142857; 6,000 / 3,000 = 2; 42,000 / 3,000 = 14.
		assertThat(metrics.dso().value()).isEqualByComparingTo("2.14");
		assertThat(metrics.dpo().value()).isEqualByComparingTo("2.00");
		assertThat(metrics.dio().value()).isEqualByComparingTo("14.00");
		assertThat(metrics.ccc().value()).isEqualByComparingTo("14.14");
	}

	@Test
	void zeroCreditSalesLeaveDsoAndTheCycleUnavailableWithTheReason() {
		CycleMetrics metrics = this.calculator.compute(new CycleInputs(JANUARY_1_TO_10, RECEIVABLES, PAYABLES,
				INVENTORY, BigDecimal.ZERO, new BigDecimal("2000")), GBP);

		assertThat(metrics.dso()).isEqualTo(Figure.unavailable("credit sales in the window are zero"));
		assertThat(metrics.dpo().value()).isEqualByComparingTo("3.00");
		assertThat(metrics.ccc().isAvailable()).isFalse();
		assertThat(metrics.ccc().unavailableReason()).contains("DSO (credit sales in the window are zero)");
	}

	@Test
	void zeroOrNegativeCostOfGoodsSoldLeavesDioAndDpoUnavailable() {
		CycleMetrics zero = this.calculator.compute(new CycleInputs(JANUARY_1_TO_10, RECEIVABLES, PAYABLES, INVENTORY,
				new BigDecimal("3000"), new BigDecimal("0.00")), GBP);
		CycleMetrics negative = this.calculator.compute(new CycleInputs(JANUARY_1_TO_10, RECEIVABLES, PAYABLES,
				INVENTORY, new BigDecimal("3000"), new BigDecimal("-10")), GBP);

		assertThat(zero.dio().unavailableReason()).isEqualTo("cost of goods sold in the window are zero");
		assertThat(zero.dpo().unavailableReason()).isEqualTo("cost of goods sold in the window are zero");
		assertThat(negative.dio().unavailableReason()).contains("negative");
		assertThat(zero.ccc().unavailableReason()).contains("DIO", "DPO").doesNotContain("DSO");
	}

	@Test
	void aBalanceHistoryThatStartsInsideTheWindowIsNotGuessedBackwards() {
		CycleMetrics metrics = this.calculator.compute(new CycleInputs(JANUARY_1_TO_10, RECEIVABLES,
				List.of(balance(2026, 1, 2, "600")), List.of(), new BigDecimal("3000"), new BigDecimal("2000")), GBP);

		assertThat(metrics.averagePayables())
			.isEqualTo(Figure.unavailable("no payables balance on or before 2026-01-01"));
		assertThat(metrics.dpo()).isEqualTo(Figure.unavailable("no payables balance on or before 2026-01-01"));
		assertThat(metrics.dio()).isEqualTo(Figure.unavailable("no inventory at cost balance on or before 2026-01-01"));
		assertThat(metrics.dso().value()).isEqualByComparingTo("5.00");
	}

	@Test
	void rejectsTwoBalancesOnOneDay() {
		List<DatedBalance> twice = List.of(balance(2026, 1, 1, "1"), balance(2026, 1, 1, "2"));

		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.calculator.compute(
					new CycleInputs(JANUARY_1_TO_10, twice, PAYABLES, INVENTORY, BigDecimal.ONE, BigDecimal.ONE), GBP))
			.withMessageContaining("2026-01-01");
	}

	static DatedBalance balance(int year, int month, int day, String amount) {
		return new DatedBalance(LocalDate.of(year, month, day), new BigDecimal(amount));
	}

}
