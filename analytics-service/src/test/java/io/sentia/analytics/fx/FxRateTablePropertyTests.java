package io.sentia.analytics.fx;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of every conversion, whatever the rates: never a silent 1.0, a rate used is
 * never from after the day and is the latest of its pair, the same currency is exact, and
 * converting is linear to the rounding.
 */
class FxRateTablePropertyTests {

	private static final List<String> CURRENCIES = List.of("GBP", "USD", "EUR", "JPY");

	private static final LocalDate START = LocalDate.of(2025, 1, 1);

	@Property
	void aConversionUsesTheLatestRateOnOrBeforeTheDayOrIsAGap(@ForAll("rates") List<FxRate> rates,
			@ForAll("amounts") BigDecimal amount, @ForAll("currencies") String from, @ForAll("currencies") String to,
			@ForAll("days") LocalDate date) {
		FxConversion conversion = FxRateTable.of(rates).convert(amount, from, to, date);

		if (from.equals(to)) {
			assertThat(conversion.status()).isEqualTo(FxConversion.Status.SAME_CURRENCY);
			assertThat(conversion.amount()).isEqualTo(amount);
			return;
		}
		LocalDate latest = rates.stream()
			.filter((rate) -> (rate.base().equals(from) && rate.quote().equals(to))
					|| (rate.base().equals(to) && rate.quote().equals(from)))
			.map(FxRate::date)
			.filter((day) -> !day.isAfter(date))
			.max(LocalDate::compareTo)
			.orElse(null);
		if (latest == null) {
			assertThat(conversion.gap()).isTrue();
			assertThat(conversion.amount()).isNull();
			assertThat(conversion.appliedRate()).isNull();
			return;
		}
		assertThat(conversion.rateDate()).isEqualTo(latest);
		assertThat(conversion.earlierRateUsed()).isEqualTo(latest.isBefore(date));
		assertThat(conversion.amount()).isNotNull();
		assertThat(conversion.appliedRate()).isPositive();
	}

	@Property
	void convertingASumIsTheSumOfTheConversionsToTheRounding(@ForAll("rates") List<FxRate> rates,
			@ForAll("amounts") BigDecimal a, @ForAll("amounts") BigDecimal b, @ForAll("currencies") String from,
			@ForAll("currencies") String to, @ForAll("days") LocalDate date) {
		FxRateTable table = FxRateTable.of(rates);
		FxConversion sum = table.convert(a.add(b), from, to, date);
		FxConversion first = table.convert(a, from, to, date);
		FxConversion second = table.convert(b, from, to, date);

		if (sum.gap()) {
			assertThat(first.gap()).isTrue();
			assertThat(second.gap()).isTrue();
			return;
		}
		// Each of the three is rounded once to four decimals: half a unit of the last
		// each.
		assertThat(sum.amount().subtract(first.amount().add(second.amount())).abs())
			.isLessThanOrEqualTo(new BigDecimal("0.00015"));
	}

	@Property
	void aRoundTripWithOneRateComesBackToTheRounding(@ForAll("rate") BigDecimal rate,
			@ForAll("amounts") BigDecimal amount) {
		FxRateTable table = FxRateTable.of(List.of(new FxRate("GBP", "USD", START, rate, FxRateSource.MANUAL)));

		BigDecimal there = table.convert(amount, "GBP", "USD", START).amount();
		BigDecimal back = table.convert(there, "USD", "GBP", START).amount();

		// Rounding there is off by at most 0.00005 USD, which is 0.00005 / rate GBP.
		BigDecimal tolerance = new BigDecimal("0.00005").divide(rate, 12, RoundingMode.UP)
			.add(new BigDecimal("0.00005"));
		assertThat(back.subtract(amount).abs()).isLessThanOrEqualTo(tolerance);
	}

	@Provide
	Arbitrary<List<FxRate>> rates() {
		Arbitrary<FxRate> rate = Combinators
			.combine(currencies(), currencies(), days(), rate(), Arbitraries.of(FxRateSource.class))
			.filter((base, quote, day, value, source) -> !base.equals(quote))
			.as(FxRate::new);
		return rate.list().ofMaxSize(12).map(ArrayList::new);
	}

	@Provide
	Arbitrary<String> currencies() {
		return Arbitraries.of(CURRENCIES);
	}

	@Provide
	Arbitrary<LocalDate> days() {
		return Arbitraries.integers().between(0, 30).map(START::plusDays);
	}

	@Provide
	Arbitrary<BigDecimal> rate() {
		return Arbitraries.bigDecimals()
			.between(new BigDecimal("0.0001"), new BigDecimal("20000"))
			.ofScale(6)
			.filter((value) -> value.signum() > 0);
	}

	@Provide
	Arbitrary<BigDecimal> amounts() {
		return Arbitraries.bigDecimals().between(new BigDecimal("-1000000"), new BigDecimal("1000000")).ofScale(2);
	}

}
