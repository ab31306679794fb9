/**
 * The planner's controls over the statistical forecast: overrides per series and week
 * with a mandatory reason and an append-only audit of every change.
 */
package io.sentia.forecasting.controls;
