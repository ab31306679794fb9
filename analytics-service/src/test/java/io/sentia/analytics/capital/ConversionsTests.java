package io.sentia.analytics.capital;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.sentia.analytics.fx.FxRate;
import io.sentia.analytics.fx.FxRateSource;
import io.sentia.analytics.fx.FxRateTable;
import io.sentia.analytics.workingcapital.BaseCurrency;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base-currency amounts of the working-capital answers are rounded to cents once, from
 * the exact converted amount: found by devstack's reconciliation with the demo ledger,
 * where 37.99 EUR on a demo rate came out a cent high.
 */
class ConversionsTests {

	private static final LocalDate DAY = LocalDate.of(2026, 10, 2);

	private final Conversions conversions = Conversions.of(
			FxRateTable.of(List.of(new FxRate("GBP", "EUR", DAY, new BigDecimal("1.184413123297"), FxRateSource.DEMO),
					new FxRate("GBP", "USD", DAY, new BigDecimal("1.307090348589"), FxRateSource.DEMO))),
			BaseCurrency.of("GBP"));

	@Test
	void anAmountIsRoundedToCentsOnceFromTheExactQuotient() {
		// 37.99 ÷ 1.184413123297 = 32.07495…; via four decimals (32.0750) it was 32.08.
		assertThat(this.conversions.toBase("bill", new BigDecimal("37.99"), "EUR", DAY)).isEqualByComparingTo("32.07");
		// 45.99 ÷ 1.307090348589 = 35.18502…; via four decimals (35.1850) it was 35.18.
		assertThat(this.conversions.toBase("bill", new BigDecimal("45.99"), "USD", DAY)).isEqualByComparingTo("35.19");
		assertThat(this.conversions.toBase("bill", new BigDecimal("12.345"), "GBP", DAY)).isEqualByComparingTo("12.34");
	}

	@Test
	void aUnitCostKeepsItsFourDecimalsToBeMultipliedFirst() {
		assertThat(this.conversions.toBaseUnrounded("unit cost", new BigDecimal("37.99"), "EUR", DAY))
			.isEqualByComparingTo("32.0750");
	}

}
