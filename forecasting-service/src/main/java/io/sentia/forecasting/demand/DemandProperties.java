package io.sentia.forecasting.demand;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Demand history settings.
 *
 * @param historyWeeks the most recent weeks a run fits; three years keep two full yearly
 * seasons with room for backtests
 */
@Validated
@ConfigurationProperties("sentia.forecasting.demand")
record DemandProperties(@DefaultValue("156") @Min(8) int historyWeeks) {

}
