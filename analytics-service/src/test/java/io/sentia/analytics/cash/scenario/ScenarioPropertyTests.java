package io.sentia.analytics.cash.scenario;

import java.math.BigDecimal;
import java.util.List;

import io.sentia.analytics.cash.CashOutlook;
import io.sentia.analytics.cash.CashOutlookEngine;
import io.sentia.analytics.cash.CashOutlookInput;
import io.sentia.analytics.cash.CashOutlookInputs;
import io.sentia.analytics.cash.PlannedPurchase;
import io.sentia.analytics.cash.scenario.SuggestedPurchaseChange.Action;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenario rules that hold for every input.
 */
class ScenarioPropertyTests {

	@Property(tries = 200)
	void aScenarioThatChangesNothingReturnsTheBaseCaseExactly(@ForAll("inputs") CashOutlookInput input) {
		Scenario zeros = new Scenario(BigDecimal.ZERO, new BigDecimal("0.00"), 0, 0, List.of(), List.of());

		assertThat(ScenarioApplier.apply(input, zeros)).isEqualTo(input);
		assertThat(ScenarioApplier.apply(input, Scenario.NONE)).isEqualTo(input);
		ScenarioEvaluator.ScenarioResult result = ScenarioEvaluator.evaluate(input, zeros);
		assertThat(result.outlook()).isEqualTo(result.base());
		assertThat(result.comparison().weeks())
			.allSatisfy((week) -> assertThat(week.delta().closing().signum()).isZero());
	}

	@Property(tries = 200)
	void moreDemandNeverLowersAnyWeeksInflows(@ForAll("inputs") CashOutlookInput input,
			@ForAll @BigRange(min = "0", max = "1000") @Scale(2) BigDecimal demandChange,
			@ForAll @BigRange(min = "0", max = "100") @Scale(2) BigDecimal monthlyGrowth) {
		CashOutlook base = CashOutlookEngine.project(input);
		CashOutlook scenario = CashOutlookEngine
			.project(ScenarioApplier.apply(input, new Scenario(demandChange, monthlyGrowth, null, null, null, null)));

		for (int i = 0; i < base.weeks().size(); i++) {
			assertThat(scenario.weeks().get(i).inflows()).isGreaterThanOrEqualTo(base.weeks().get(i).inflows());
			assertThat(scenario.weeks().get(i).outflows()).isEqualTo(base.weeks().get(i).outflows());
		}
	}

	@Property(tries = 200)
	void delayingOrDroppingASuggestedPurchaseNeverLowersAnyWeeksClosing(
			@ForAll("inputsWithSuggestedPurchases") CashOutlookInput input, @ForAll @IntRange(min = 0) int pick,
			@ForAll @IntRange(min = 0, max = 365) int delayDays, @ForAll boolean drop) {
		PlannedPurchase purchase = input.suggestedPurchases().get(pick % input.suggestedPurchases().size());
		SuggestedPurchaseChange change = drop ? new SuggestedPurchaseChange(purchase.id(), Action.DROP, null)
				: new SuggestedPurchaseChange(purchase.id(), Action.DELAY, delayDays);

		OutlookComparison comparison = ScenarioEvaluator
			.evaluate(input, new Scenario(null, null, null, null, List.of(change), null))
			.comparison();

		assertThat(comparison.weeks()).allSatisfy((week) -> {
			assertThat(week.delta().closing().signum()).isNotNegative();
			assertThat(week.delta().lowestPoint().signum()).isNotNegative();
		});
		assertThat(comparison.delta().outflows().signum()).isNotNegative();
		assertThat(comparison.delta().inflows().signum()).isZero();
	}

	@Property(tries = 200)
	void customersPayingLaterNeverRaisesAnyWeeksClosing(@ForAll("inputs") CashOutlookInput input,
			@ForAll @IntRange(min = 0, max = 365) int days) {
		OutlookComparison comparison = ScenarioEvaluator
			.evaluate(input, new Scenario(null, null, days, null, null, null))
			.comparison();

		// Only money owed to the tenant moves, and only later; a credit note (negative
		// receivable) moving later is the one way a week could gain.
		if (input.receivables().stream().allMatch((invoice) -> invoice.amountDue().signum() >= 0)) {
			assertThat(comparison.weeks())
				.allSatisfy((week) -> assertThat(week.delta().closing().signum()).isNotPositive());
		}
		assertThat(comparison.delta().outflows().signum()).isZero();
	}

	@Provide
	Arbitrary<CashOutlookInput> inputs() {
		return CashOutlookInputs.inputs();
	}

	@Provide
	Arbitrary<CashOutlookInput> inputsWithSuggestedPurchases() {
		return CashOutlookInputs.inputsWithSuggestedPurchases();
	}

}
