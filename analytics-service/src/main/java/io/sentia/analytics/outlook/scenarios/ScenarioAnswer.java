package io.sentia.analytics.outlook.scenarios;

import io.sentia.analytics.cash.CashOutlook;
import io.sentia.analytics.cash.scenario.OutlookComparison;
import io.sentia.analytics.cash.scenario.Scenario;
import io.sentia.analytics.outlook.OutlookNotes;
import org.jspecify.annotations.Nullable;

/**
 * A scenario's answer: the base case and the scenario's outlook with the two side by
 * side.
 *
 * @param name the saved scenario's name, or {@code null} for one evaluated unsaved
 * @param scenario the scenario
 * @param base the base case
 * @param outlook the scenario's outlook
 * @param comparison week by week and over 13 weeks, scenario less base
 * @param notes how the base input was made from the read models
 */
public record ScenarioAnswer(@Nullable String name, Scenario scenario, CashOutlook base, CashOutlook outlook,
		OutlookComparison comparison, OutlookNotes notes) {

}
