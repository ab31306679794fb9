package io.sentia.analytics.fx;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conversions with a table of rates: the day's rate, else an earlier one flagged, else a
 * gap; either direction of a pair; the same currency at exactly 1.
 */
class FxRateTableTests {

	private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

	private final FxRateTable table = FxRateTable.of(List.of(rate("GBP", "USD", MONDAY, "1.2712", FxRateSource.ECB),
			rate("GBP", "USD", MONDAY.plusDays(1), "1.2800", FxRateSource.ECB),
			rate("GBP", "EUR", MONDAY, "1.1747", FxRateSource.ECB)));

	@Test
	void convertsWithTheRateOfTheDay() {
		FxConversion conversion = this.table.convert(new BigDecimal("100.00"), "GBP", "USD", MONDAY);

		assertThat(conversion.status()).isEqualTo(FxConversion.Status.RATE_OF_THE_DAY);
		assertThat(conversion.amount()).isEqualByComparingTo("127.12");
		assertThat(conversion.amount().scale()).isEqualTo(FxRateTable.AMOUNT_SCALE);
		assertThat(conversion.appliedRate()).isEqualByComparingTo("1.2712");
		assertThat(conversion.rateDate()).isEqualTo(MONDAY);
		assertThat(conversion.source()).isEqualTo(FxRateSource.ECB);
		assertThat(conversion.earlierRateUsed()).isFalse();
	}

	@Test
	void convertsTheOtherWayByDividing() {
		FxConversion conversion = this.table.convert(new BigDecimal("127.12"), "USD", "GBP", MONDAY);

		assertThat(conversion.amount()).isEqualByComparingTo("100.0000");
		assertThat(conversion.appliedRate()).isEqualByComparingTo("0.786658275645");
	}

	@Test
	void convertsMoneyToItsMinorUnitInOneRoundingFromTheExactQuotient() {
		// 37.99 EUR ÷ 1.184413123297 = 32.0749570…: the four-decimal amount is 32.0750,
		// which half even to cents is 32.08; rounded once it is 32.07.
		FxRateTable demo = FxRateTable.of(List.of(rate("GBP", "EUR", MONDAY, "1.184413123297", FxRateSource.DEMO),
				rate("GBP", "USD", MONDAY, "1.307090348589", FxRateSource.DEMO)));

		assertThat(demo.convert(new BigDecimal("37.99"), "EUR", "GBP", MONDAY).amount())
			.isEqualByComparingTo("32.0750");
		assertThat(demo.convert(new BigDecimal("37.99"), "EUR", "GBP", MONDAY, 2, RoundingMode.HALF_EVEN).amount())
			.isEqualByComparingTo("32.07");
		// 45.99 USD ÷ 1.307090348589 = 35.1850199…: 35.1850 would round half even to
		// 35.18.
		assertThat(demo.convert(new BigDecimal("45.99"), "USD", "GBP", MONDAY, 2, RoundingMode.HALF_EVEN).amount())
			.isEqualByComparingTo("35.19");
		assertThat(demo.convert(new BigDecimal("10.00"), "GBP", "EUR", MONDAY, 2, RoundingMode.HALF_EVEN).amount())
			.isEqualByComparingTo("11.84");
	}

	@Test
	void usesTheLatestEarlierRateOnAWeekendAndSaysSo() {
		FxConversion conversion = this.table.convert(new BigDecimal("10"), "GBP", "USD", MONDAY.plusDays(5));

		assertThat(conversion.status()).isEqualTo(FxConversion.Status.EARLIER_RATE);
		assertThat(conversion.earlierRateUsed()).isTrue();
		assertThat(conversion.rateDate()).isEqualTo(MONDAY.plusDays(1));
		assertThat(conversion.amount()).isEqualByComparingTo("12.80");
	}

	@Test
	void answersAGapRatherThanOneWhenNoRateExists() {
		FxConversion beforeAnyRate = this.table.convert(new BigDecimal("10"), "GBP", "USD", MONDAY.minusDays(1));
		FxConversion unknownPair = this.table.convert(new BigDecimal("10"), "USD", "EUR", MONDAY);

		for (FxConversion gap : List.of(beforeAnyRate, unknownPair)) {
			assertThat(gap.gap()).isTrue();
			assertThat(gap.amount()).isNull();
			assertThat(gap.convertedAmount()).isEmpty();
			assertThat(gap.appliedRate()).isNull();
			assertThat(gap.rateDate()).isNull();
		}
	}

	@Test
	void convertsTheSameCurrencyAtExactlyOneEvenWithoutRates() {
		FxConversion conversion = FxRateTable.of(List.of()).convert(new BigDecimal("-12.345"), "JPY", "JPY", MONDAY);

		assertThat(conversion.status()).isEqualTo(FxConversion.Status.SAME_CURRENCY);
		assertThat(conversion.amount()).isEqualTo(new BigDecimal("-12.345"));
		assertThat(conversion.appliedRate()).isEqualTo(BigDecimal.ONE);
	}

	@Test
	void ofTwoDirectionsOfTheSameDayTheManualRateWins() {
		FxRateTable both = FxRateTable.of(List.of(rate("GBP", "USD", MONDAY, "1.2712", FxRateSource.ECB),
				rate("USD", "GBP", MONDAY, "0.8", FxRateSource.MANUAL)));

		assertThat(both.convert(new BigDecimal("100"), "GBP", "USD", MONDAY).amount()).isEqualByComparingTo("125");
		assertThat(both.convert(new BigDecimal("100"), "USD", "GBP", MONDAY).amount()).isEqualByComparingTo("80");
	}

	@Test
	void aLaterRateInEitherDirectionWinsOverAnEarlierOne() {
		FxRateTable both = FxRateTable.of(List.of(rate("GBP", "USD", MONDAY, "1.25", FxRateSource.MANUAL),
				rate("USD", "GBP", MONDAY.plusDays(1), "0.5", FxRateSource.ECB)));

		assertThat(both.convert(new BigDecimal("1"), "GBP", "USD", MONDAY.plusDays(2)).amount())
			.isEqualByComparingTo("2");
	}

	private static FxRate rate(String base, String quote, LocalDate date, String rate, FxRateSource source) {
		return new FxRate(base, quote, date, new BigDecimal(rate), source);
	}

}
