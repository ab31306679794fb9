package io.sentia.analytics.cash.scenario;

import java.math.BigDecimal;
import java.util.List;

import io.sentia.analytics.cash.CashFlow;
import io.sentia.analytics.cash.CashItem;
import io.sentia.analytics.cash.CashOutlook;
import io.sentia.analytics.cash.CashOutlookEngine;
import io.sentia.analytics.cash.CashOutlookInput;
import io.sentia.analytics.cash.CashWeek;
import io.sentia.analytics.cash.ForecastSales;
import io.sentia.analytics.cash.PayoutPlan;
import io.sentia.analytics.cash.PayoutSchedule;
import io.sentia.analytics.cash.scenario.SuggestedPurchaseChange.Action;
import org.junit.jupiter.api.Test;

import static io.sentia.analytics.cash.CashOutlookEngineTests.AS_OF;
import static io.sentia.analytics.cash.CashOutlookEngineTests.date;
import static io.sentia.analytics.cash.CashOutlookEngineTests.handComputedInput;
import static io.sentia.analytics.cash.CashOutlookEngineTests.line;
import static io.sentia.analytics.cash.CashOutlookEngineTests.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Scenarios on the hand-computed outlook of {@code CashOutlookEngineTests}, whose base
 * closings are W1 8,746.00, W2 12,271.50, W3 9,271.50, W4 8,866.50, W5 4,366.50, W6 to W7
 * −1,574.00, W8 to W11 −4,574.00, W12 to W13 −7,574.00.
 */
class ScenarioApplierTests {

	@Test
	void longerSupplierTermsMovePurchasesButNotIssuedBills() {
		// APP-1 12-12 → 12-19 (W2), PO-1 01-09 → 01-16 (W6), SUG-1 01-11 → 01-18 (W7);
		// W1 8,746 + 500 = 9,246.00; W5 8,866.50 + 1,000 − 1,500 = 8,366.50;
		// W6 8,366.50 − 4,000 + 59.50 = 4,426.00; W7 4,426.00 − 6,000 = −1,574.00.
		CashOutlook outlook = outlook(new Scenario(null, null, null, 7, null, null));

		assertThat(closings(outlook)).startsWith("9246.00", "12271.50", "9271.50", "8866.50", "8366.50", "4426.00",
				"-1574.00");
		assertThat(line(outlook.weeks().getFirst(), "Bills").amount()).isEqualTo("-3000.00");
	}

	@Test
	void customersPayingLaterMoveReceivablesAndNetTermsSales() {
		// Harrods 20 days late: INV-1 → 12-20 (W2), INV-3 → 12-10 (W1); Selfridges
		// INV-2 → 12-25 (W3); wholesale net 40 → 01-16 (W6).
		// W1 10,000 + 800 + 50 + 196 − 3,000 − 500 = 7,546.00; W2 + 1,200 + 535.50 + 490
		// =
		// 9,771.50; W3 + 2,500 − 3,000 = 9,271.50; W5 8,866.50 − 1,500 − 4,000 =
		// 3,366.50;
		// W6 3,366.50 + 1,000 + 59.50 − 6,000 = −1,574.00.
		CashOutlook outlook = outlook(new Scenario(null, null, 10, null, null, null));

		assertThat(closings(outlook)).startsWith("7546.00", "9771.50", "9271.50", "8866.50", "3366.50", "-1574.00");
		assertThat(line(outlook.weeks().get(5), "wholesale").items()).extracting(CashItem::date)
			.containsExactly(date("2027-01-16"));
	}

	@Test
	void droppingASuggestedPurchaseAndAddingALoanRaiseTheClosing() {
		// W5 8,866.50 + 10,000 + 1,000 − 1,500 − 4,000 = 14,366.50; final −7,574 + 6,000
		// +
		// 10,000 = 8,426.00.
		CashOutlook outlook = outlook(
				new Scenario(null, null, null, null, List.of(new SuggestedPurchaseChange("SUG-1", Action.DROP, null)),
						List.of(new ExtraCashLine("Loan drawdown", date("2027-01-05"), money("10000"), CashFlow.IN))));

		assertThat(outlook.weeks().get(4).closing()).isEqualTo("14366.50");
		assertThat(outlook.closingBalance()).isEqualTo("8426.00");
		assertThat(line(outlook.weeks().get(4), "Loan drawdown").amount()).isEqualTo("10000.00");
	}

	@Test
	void aPurchaseDelayedPastTheHorizonLeavesTheOutlook() {
		// SUG-1 01-11 + 60 days = 03-12, after the last day 03-07.
		CashOutlook outlook = outlook(new Scenario(null, null, null, null,
				List.of(new SuggestedPurchaseChange("SUG-1", Action.DELAY, 60)), null));

		assertThat(outlook.closingBalance()).isEqualTo("-1574.00");
	}

	@Test
	void moreDemandRaisesEveryChannelsPayouts() {
		// +10%: shopify 110/day × 0.98 = 107.80 (W1 two days 215.60); amazon 770 × 0.85 ×
		// 0.9 = 589.05 in W2; popup 55.00; W1 inflows 2,000 + 55 + 215.60 = 2,270.60.
		CashOutlook outlook = outlook(new Scenario(new BigDecimal("10"), null, null, null, null, null));

		assertThat(line(outlook.weeks().getFirst(), "shopify").amount()).isEqualTo("215.60");
		assertThat(line(outlook.weeks().get(1), "amazon").amount()).isEqualTo("589.05");
		assertThat(outlook.weeks().getFirst().inflows()).isEqualTo("2270.60");
	}

	@Test
	void monthlyGrowthCompoundsFromTheAsOfDate() {
		// 6,200 over 12-07..02-06 (62 days) = 100/day, paid the same day without fees.
		// +10% a month: month 1 from 01-07 is 110/day. W5 (01-04..01-10) 3 × 100 + 4 ×
		// 110 =
		// 740.00; W9 (02-01..02-07) 6 × 110 = 660.00 (02-07 would be month 2 but has no
		// sales).
		CashOutlookInput base = CashOutlookInput.of(AS_OF, "GBP", BigDecimal.ZERO, BigDecimal.ZERO)
			.withForecastSales(List.of(new ForecastSales("shopify", AS_OF, date("2027-02-06"), money("6200"))))
			.withPayoutPlans(List.of(new PayoutPlan("shopify", BigDecimal.ZERO, new PayoutSchedule.Daily(0, false))));

		CashOutlook outlook = CashOutlookEngine
			.project(ScenarioApplier.apply(base, new Scenario(null, new BigDecimal("10"), null, null, null, null)));

		assertThat(outlook.weeks().getFirst().inflows()).isEqualTo("700.00");
		assertThat(outlook.weeks().get(4).inflows()).isEqualTo("740.00");
		assertThat(outlook.weeks().get(8).inflows()).isEqualTo("660.00");
	}

	@Test
	void comparisonShowsScenarioLessBaseWeekByWeek() {
		ScenarioEvaluator.ScenarioResult result = ScenarioEvaluator.evaluate(handComputedInput(), new Scenario(null,
				null, null, null, List.of(new SuggestedPurchaseChange("SUG-1", Action.DROP, null)), null));

		WeekComparison week6 = result.comparison().weeks().get(5);
		assertThat(week6.base().closing()).isEqualTo("-1574.00");
		assertThat(week6.scenario().closing()).isEqualTo("4426.00");
		assertThat(week6.delta().closing()).isEqualTo("6000.00");
		assertThat(week6.delta().outflows()).isEqualTo("6000.00");
		assertThat(result.comparison().weeks().get(4).delta().closing()).isEqualTo("0.00");
		assertThat(result.comparison().delta().closing()).isEqualTo("6000.00");
		assertThat(result.comparison().delta().lowestPoint()).isEqualTo("6000.00");
		assertThat(result.comparison().base().weeksBelowThreshold()).isEqualTo(9);
	}

	@Test
	void theStoredInputIsNeverChanged() {
		CashOutlookInput base = handComputedInput();

		ScenarioApplier.apply(base, new Scenario(new BigDecimal("-50"), new BigDecimal("5"), 30, -30,
				List.of(new SuggestedPurchaseChange("SUG-1", Action.DROP, null)), null));

		assertThat(base).isEqualTo(handComputedInput());
	}

	@Test
	void netTermsShiftedBeyondTenYearsStayAtTenYears() {
		CashOutlookInput base = handComputedInput()
			.withPayoutPlans(List.of(new PayoutPlan("wholesale", BigDecimal.ZERO, new PayoutSchedule.NetTerms(3600))));

		CashOutlookInput shifted = ScenarioApplier.apply(base, new Scenario(null, null, 365, null, null, null));

		assertThat(shifted.payoutPlans().getFirst().schedule()).isEqualTo(new PayoutSchedule.NetTerms(3650));
	}

	@Test
	void refusesToApplyAnInvalidScenario() {
		assertThatIllegalArgumentException().isThrownBy(() -> ScenarioApplier.apply(handComputedInput(),
				new Scenario(new BigDecimal("2000"), null, null, null, null, null)));
	}

	private static CashOutlook outlook(Scenario scenario) {
		return CashOutlookEngine.project(ScenarioApplier.apply(handComputedInput(), scenario));
	}

	private static List<String> closings(CashOutlook outlook) {
		return outlook.weeks().stream().map(CashWeek::closing).map(BigDecimal::toPlainString).toList();
	}

}
