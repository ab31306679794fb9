package io.sentia.forecasting.controls;

/**
 * The body of {@code PUT .../overrides/{period}}; validated by the controller so a
 * missing field is named in the problem.
 *
 * @param quantity the units the planner expects for the week, zero or more
 * @param reason why the statistical number is overridden; mandatory
 */
record OverrideRequest(Double quantity, String reason) {
}
