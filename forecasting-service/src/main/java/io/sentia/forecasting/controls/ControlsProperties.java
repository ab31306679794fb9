package io.sentia.forecasting.controls;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the planner's controls.
 *
 * @param analogueMinWeeks weeks of own history (from the first week with demand) below
 * which a series with chosen analogues is forecast from them
 * @param preEventWeeks clean weeks before a past event whose mean replaces the event's
 * weeks before fitting
 */
@Validated
@ConfigurationProperties("sentia.forecasting.controls")
public record ControlsProperties(@DefaultValue("26") @Min(1) @Max(520) int analogueMinWeeks,
		@DefaultValue("4") @Min(1) @Max(52) int preEventWeeks) {
}
