package io.sentia.forecasting.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class ReorderPointCalculatorTests {

	/** One-sided 95% quantile of the standard normal. */
	private static final double Z95 = 1.6448536269514722;

	private final ReorderPointCalculator calculator = new ReorderPointCalculator();

	@Test
	void computesReorderPointAndOrderQuantityByHand() {
		// 70 a week for 4 weeks; lead time 14 days = 2 weeks, review 7 days.
		PlanInputs in = new PlanInputs(List.of(70.0, 70.0, 70.0, 70.0), 10.0, 14, 7, 0.95, 50, 20, 0, 1,
				new BigDecimal("2.50"));

		ReorderPlan plan = this.calculator.plan(in);

		assertThat(plan.demandOverLeadTime()).isCloseTo(140.0, within(1e-9));
		assertThat(plan.demandOverReviewPeriod()).isCloseTo(70.0, within(1e-9));
		assertThat(plan.z()).isCloseTo(Z95, within(1e-9));
		assertThat(plan.sigma()).isCloseTo(10.0 * Math.sqrt(2), within(1e-9));
		double safety = Z95 * 10.0 * Math.sqrt(2); // 23.26...
		assertThat(plan.safetyStock()).isCloseTo(safety, within(1e-9));
		assertThat(plan.reorderPoint()).isCloseTo(140.0 + safety, within(1e-9));
		// 163.26 + 70 - 50 - 20 = 163.26 -> 164 units
		assertThat(plan.rawQuantity()).isCloseTo(140.0 + safety + 70 - 50 - 20, within(1e-9));
		assertThat(plan.quantity()).isEqualTo(164);
		assertThat(plan.value()).isEqualByComparingTo("410.00");
		// 50 on hand at 10 a day lasts 5 days: a stock-out inside the 14-day lead time.
		assertThat(plan.daysOfCover()).isCloseTo(5.0, within(1e-9));
		assertThat(plan.stockOutDate(LocalDate.of(2026, 11, 22))).contains(LocalDate.of(2026, 11, 27));
		assertThat(plan.stockOutWithinLeadTime()).isTrue();
	}

	@Test
	void spreadsPartialWeeksEvenlyAndRepeatsTheLastWeekBeyondTheHorizon() {
		List<Double> weekly = List.of(7.0, 14.0);

		assertThat(ReorderPointCalculator.demandOver(weekly, 10)).isCloseTo(7.0 + 14.0 * 3 / 7, within(1e-9));
		assertThat(ReorderPointCalculator.demandOver(weekly, 28)).isCloseTo(7.0 + 14 * 3, within(1e-9));
		assertThat(ReorderPointCalculator.demandOverWindow(weekly, 3, 7)).isCloseTo(4.0 + 6.0, within(1e-9));
	}

	@Test
	void roundsUpToTheMinimumOrderQuantityThenToWholeCases() {
		assertThat(ReorderPointCalculator.roundToOrder(3.2, 10, 1)).isEqualTo(10);
		assertThat(ReorderPointCalculator.roundToOrder(3.2, 10, 6)).isEqualTo(12);
		assertThat(ReorderPointCalculator.roundToOrder(25.01, 10, 6)).isEqualTo(30);
		assertThat(ReorderPointCalculator.roundToOrder(24.0, 0, 6)).isEqualTo(24);
		assertThat(ReorderPointCalculator.roundToOrder(0.0, 10, 6)).isZero();
		assertThat(ReorderPointCalculator.roundToOrder(-5.0, 10, 6)).isZero();
	}

	@Test
	void ordersNothingAndForeseesNoStockOutWithoutDemand() {
		PlanInputs in = new PlanInputs(List.of(0.0, 0.0), 0.0, 14, 7, 0.95, 30, 0, 12, 6, new BigDecimal("4.00"));

		ReorderPlan plan = this.calculator.plan(in);

		assertThat(plan.reorderPoint()).isZero();
		assertThat(plan.quantity()).isZero();
		assertThat(plan.value()).isEqualByComparingTo("0");
		assertThat(plan.daysOfCover()).isNull();
		assertThat(plan.stockOutDate(LocalDate.of(2026, 11, 22))).isEmpty();
		assertThat(plan.stockOutWithinLeadTime()).isFalse();
	}

	@Test
	void needsNoSafetyStockWithoutLeadTime() {
		PlanInputs in = new PlanInputs(List.of(70.0), 25.0, 0, 7, 0.99, 10, 0, 0, 1, BigDecimal.ONE);

		ReorderPlan plan = this.calculator.plan(in);

		assertThat(plan.demandOverLeadTime()).isZero();
		assertThat(plan.safetyStock()).isZero();
		assertThat(plan.reorderPoint()).isZero();
		// Only the review period's demand is left to cover: 70 - 10.
		assertThat(plan.quantity()).isEqualTo(60);
		assertThat(plan.stockOutWithinLeadTime()).isFalse();
	}

	@Test
	void countsStockOnOrderAgainstTheNeed() {
		PlanInputs without = new PlanInputs(List.of(70.0), 0.0, 14, 7, 0.95, 0, 0, 0, 1, BigDecimal.ONE);
		PlanInputs with = new PlanInputs(List.of(70.0), 0.0, 14, 7, 0.95, 0, 100, 0, 1, BigDecimal.ONE);

		assertThat(this.calculator.plan(without).quantity()).isEqualTo(210);
		assertThat(this.calculator.plan(with).quantity()).isEqualTo(110);
	}

	@Test
	void rejectsImpossibleInputs() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PlanInputs(List.of(1.0), 0, 14, 7, 1.0, 0, 0, 0, 1, BigDecimal.ONE));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PlanInputs(List.of(1.0), 0, 14, 7, 0.95, 0, 0, 0, 0, BigDecimal.ONE));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PlanInputs(List.of(-1.0), 0, 14, 7, 0.95, 0, 0, 0, 1, BigDecimal.ONE));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PlanInputs(List.of(1.0), 0, -1, 7, 0.95, 0, 0, 0, 1, BigDecimal.ONE));
	}

}
