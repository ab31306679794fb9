package io.sentia.analytics.cash.scenario;

import java.time.LocalDate;

/**
 * One week of the base case next to the same week of a scenario.
 *
 * @param number 1 to 13
 * @param start first day of the week
 * @param end last day of the week
 * @param base the base case's figures
 * @param scenario the scenario's figures
 * @param delta scenario less base, figure by figure
 * @param baseBelowThreshold whether the base case goes below the minimum cash this week
 * @param scenarioBelowThreshold whether the scenario does
 */
public record WeekComparison(int number, LocalDate start, LocalDate end, WeekFigures base, WeekFigures scenario,
		WeekFigures delta, boolean baseBelowThreshold, boolean scenarioBelowThreshold) {

}
