package io.sentia.forecasting.controls;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A planner's number for one series and week, replacing the statistical baseline.
 *
 * @param series the series key, {@code sku:channel:region}
 * @param periodStart the Monday starting the week
 * @param quantity the units the planner expects
 * @param reason why
 * @param updatedBy the subject who set it
 * @param updatedByEmail their email, when a user
 * @param updatedAt when
 */
record ForecastOverride(String series, LocalDate periodStart, double quantity, String reason, String updatedBy,
		String updatedByEmail, Instant updatedAt) {
}
