package io.sentia.forecasting.planning;

import java.math.BigDecimal;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invariants of every suggested order, whatever the forecast and stock.
 */
class ReorderPointCalculatorPropertyTests {

	private final ReorderPointCalculator calculator = new ReorderPointCalculator();

	@Property(tries = 500)
	void orderIsNeverNegativeAndAlwaysWholeCasesOfAtLeastTheMoq(
			@ForAll @Size(min = 1, max = 20) List<@DoubleRange(min = 0, max = 10_000) Double> weekly,
			@ForAll @DoubleRange(min = 0, max = 1_000) double sigma, @ForAll @IntRange(min = 0, max = 120) int leadTime,
			@ForAll @IntRange(min = 0, max = 60) int review,
			@ForAll @DoubleRange(min = 0.5, max = 0.999) @Scale(3) double level,
			@ForAll @LongRange(min = 0, max = 100_000) long onHand,
			@ForAll @LongRange(min = 0, max = 100_000) long onOrder, @ForAll @IntRange(min = 0, max = 500) int moq,
			@ForAll @IntRange(min = 1, max = 48) int casePack) {
		ReorderPlan plan = this.calculator.plan(new PlanInputs(weekly, sigma, leadTime, review, level, onHand, onOrder,
				moq, casePack, new BigDecimal("3.75")));

		assertThat(plan.quantity()).isNotNegative();
		assertThat(plan.value().signum()).isNotNegative();
		if (plan.quantity() > 0) {
			assertThat(plan.quantity() % casePack).isZero();
			assertThat(plan.quantity()).isGreaterThanOrEqualTo(moq);
			assertThat((double) plan.quantity()).isGreaterThanOrEqualTo(plan.rawQuantity());
			// Rounding never adds more than the MOQ or one case beyond the need.
			assertThat((double) plan.quantity()).isLessThan(Math.max(Math.ceil(plan.rawQuantity()), moq) + casePack);
		}
		else {
			assertThat(plan.rawQuantity()).isLessThanOrEqualTo(0);
		}
	}

}
