package io.sentia.analytics.workingcapital.cycle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import io.sentia.analytics.workingcapital.BaseCurrency;
import io.sentia.analytics.workingcapital.DateRange;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.statistics.Statistics;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cycle is exactly DSO + DIO − DPO, and the balances' order changes nothing.
 */
class CashConversionCyclePropertyTests {

	private static final LocalDate START = LocalDate.of(2026, 1, 1);

	private final CashConversionCycleCalculator calculator = new CashConversionCycleCalculator();

	@Property(tries = 300)
	void cycleIsExactlyDsoPlusDioMinusDpo(@ForAll("history") List<DatedBalance> receivables,
			@ForAll("history") List<DatedBalance> payables, @ForAll("history") List<DatedBalance> inventory,
			@ForAll @IntRange(min = 0, max = 120) int windowStart, @ForAll @IntRange(min = 0, max = 200) int length,
			@ForAll @BigRange(min = "0.01", max = "1000000") @Scale(2) BigDecimal sales,
			@ForAll @BigRange(min = "0.01", max = "1000000") @Scale(2) BigDecimal cogs) {
		DateRange window = DateRange.of(START.plusDays(windowStart), START.plusDays(windowStart + length));

		CycleMetrics metrics = this.calculator
			.compute(new CycleInputs(window, receivables, payables, inventory, sales, cogs), BaseCurrency.of("GBP"));

		boolean allAvailable = metrics.dso().isAvailable() && metrics.dio().isAvailable()
				&& metrics.dpo().isAvailable();
		Statistics.label("all three terms available").collect(allAvailable);
		if (allAvailable) {
			assertThat(metrics.ccc().value())
				.isEqualTo(metrics.dso().value().add(metrics.dio().value()).subtract(metrics.dpo().value()));
		}
		else {
			assertThat(metrics.ccc().isAvailable()).isFalse();
		}
		// The exact-sum branch must be exercised, not only the unavailable one.
		Statistics.label("all three terms available")
			.coverage((coverage) -> coverage.check(true).percentage((percent) -> percent >= 10));
	}

	@Property(tries = 200)
	void theBalancesOrderChangesNothing(@ForAll("history") List<DatedBalance> receivables,
			@ForAll("history") List<DatedBalance> inventory, @ForAll long seed) {
		DateRange window = DateRange.of(START.plusDays(30), START.plusDays(90));
		List<DatedBalance> shuffledReceivables = new ArrayList<>(receivables);
		List<DatedBalance> shuffledInventory = new ArrayList<>(inventory);
		Collections.shuffle(shuffledReceivables, new Random(seed));
		Collections.shuffle(shuffledInventory, new Random(seed + 1));
		BigDecimal sales = new BigDecimal("12345.67");
		BigDecimal cogs = new BigDecimal("7654.32");

		assertThat(this.calculator.compute(
				new CycleInputs(window, shuffledReceivables, inventory, shuffledInventory, sales, cogs),
				BaseCurrency.of("GBP")))
			.isEqualTo(this.calculator.compute(new CycleInputs(window, receivables, inventory, inventory, sales, cogs),
					BaseCurrency.of("GBP")));
	}

	@Provide
	Arbitrary<List<DatedBalance>> history() {
		return Arbitraries.integers()
			.between(0, 365)
			.set()
			.ofMaxSize(25)
			.flatMap((days) -> Arbitraries.bigDecimals()
				.between(new BigDecimal("-1000"), new BigDecimal("500000"))
				.ofScale(2)
				.list()
				.ofSize(days.size())
				.map((amounts) -> {
					List<DatedBalance> balances = new ArrayList<>();
					int i = 0;
					for (int day : days) {
						balances.add(new DatedBalance(START.minusDays(10).plusDays(day), amounts.get(i++)));
					}
					return balances;
				}));
	}

}
