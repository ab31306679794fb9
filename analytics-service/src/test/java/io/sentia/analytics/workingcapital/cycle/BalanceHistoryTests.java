package io.sentia.analytics.workingcapital.cycle;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static io.sentia.analytics.workingcapital.cycle.CashConversionCycleCalculatorTests.balance;
import static org.assertj.core.api.Assertions.assertThat;

class BalanceHistoryTests {

	@Test
	void runsTheBalanceForwardOneEntryPerDayWhateverTheMovementsOrder() {
		List<DatedBalance> movements = List.of(balance(2026, 1, 5, "-300"), balance(2026, 1, 2, "500"),
				balance(2026, 1, 5, "200"), balance(2026, 1, 1, "1000"));

		List<DatedBalance> history = BalanceHistory.fromMovements(new BigDecimal("50"), movements);

		assertThat(history).containsExactly(balance(2026, 1, 1, "1050"), balance(2026, 1, 2, "1550"),
				balance(2026, 1, 5, "1450"));
	}

	@Test
	void aSettledInvoiceLeavesNothingOpen() {
		List<DatedBalance> history = BalanceHistory.fromMovements(BigDecimal.ZERO,
				List.of(balance(2026, 1, 1, "120.00"), balance(2026, 2, 1, "-120.00")));

		assertThat(history.get(1).amount()).isEqualByComparingTo("0");
	}

}
