package io.sentia.analytics.outlook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.sentia.analytics.fx.FxRate;
import io.sentia.analytics.fx.FxRateSource;
import io.sentia.analytics.fx.FxRateTable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outlook's money is converted at the as-of rate and rounded to cents once, from the
 * exact amount; prices keep four decimals to be multiplied by forecast units first.
 */
class BaseConversionTests {

	private static final LocalDate AS_OF = LocalDate.of(2026, 12, 7);

	private final BaseConversion conversion = new BaseConversion(
			FxRateTable.of(List.of(new FxRate("GBP", "EUR", AS_OF, new BigDecimal("1.184413123297"), FxRateSource.DEMO),
					new FxRate("GBP", "USD", AS_OF.minusDays(2), new BigDecimal("1.307090348589"), FxRateSource.DEMO))),
			"GBP", AS_OF);

	@Test
	void moneyIsRoundedToCentsOnceFromTheExactQuotient() {
		// 37.99 ÷ 1.184413123297 = 32.07495…: through four decimals (32.0750) it was
		// 32.08.
		BaseConversion.Converted bill = this.conversion.money(new BigDecimal("37.99"), "EUR", "bill b-1");
		assertThat(bill.amount()).isEqualByComparingTo("32.07");
		assertThat(bill.amount().scale()).isEqualTo(2);
		assertThat(bill.estimated()).isFalse();
		// An earlier day's rate: 45.99 ÷ 1.307090348589 = 35.18502…, flagged estimated.
		BaseConversion.Converted order = this.conversion.money(new BigDecimal("45.99"), "USD", "purchase order p-1");
		assertThat(order.amount()).isEqualByComparingTo("35.19");
		assertThat(order.estimated()).isTrue();
		assertThat(this.conversion.convert(new BigDecimal("37.99"), "EUR", "price of SKU").amount())
			.isEqualByComparingTo("32.0750");
	}

	@Test
	void moneyWithoutARateIsLeftOutAndNoted() {
		assertThat(this.conversion.money(new BigDecimal("10.00"), "JPY", "bill b-2")).isNull();
		assertThat(this.conversion.unconverted()).singleElement()
			.satisfies((gap) -> assertThat(gap.toString()).contains("bill b-2"));
	}

}
