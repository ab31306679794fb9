package io.sentia.analytics.cash.scenario;

import io.sentia.analytics.cash.CashOutlook;
import io.sentia.analytics.cash.CashOutlookEngine;
import io.sentia.analytics.cash.CashOutlookInput;

/**
 * Answers a what-if: the base outlook, the scenario's outlook and the two side by side.
 */
public final class ScenarioEvaluator {

	private ScenarioEvaluator() {
	}

	/**
	 * Evaluates a scenario. Validate it first with {@link ScenarioValidator#validate} and
	 * answer the errors as a 400.
	 * @param base the input as stored data gives it
	 * @param scenario a valid scenario
	 * @return both outlooks and their comparison
	 * @throws IllegalArgumentException if the scenario is not valid for {@code base}
	 */
	public static ScenarioResult evaluate(CashOutlookInput base, Scenario scenario) {
		CashOutlook baseOutlook = CashOutlookEngine.project(base);
		CashOutlook scenarioOutlook = CashOutlookEngine.project(ScenarioApplier.apply(base, scenario));
		return new ScenarioResult(scenario, baseOutlook, scenarioOutlook,
				OutlookComparison.of(baseOutlook, scenarioOutlook));
	}

	/**
	 * A scenario's answer.
	 *
	 * @param scenario the scenario evaluated
	 * @param base the base case
	 * @param outlook the scenario's outlook
	 * @param comparison the two side by side
	 */
	public record ScenarioResult(Scenario scenario, CashOutlook base, CashOutlook outlook,
			OutlookComparison comparison) {

	}

}
