/**
 * The planner's controls over the statistical forecast: overrides per series and week
 * with a mandatory reason and an append-only audit, the promotions and events calendar,
 * and analogue SKUs for new series; {@code forecast_point_final} applies them for
 * readers.
 */
package io.sentia.forecasting.controls;
