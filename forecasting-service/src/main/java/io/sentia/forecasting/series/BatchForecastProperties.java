package io.sentia.forecasting.series;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of one synchronous batch request; beyond them the answer is 413 and the caller
 * splits the batch (or uses the CLI).
 *
 * @param maxSeries series per request
 * @param maxObservations observations over all series of a request
 * @param maxHorizon periods forecast per series
 * @param maxBodyBytes request body size
 */
@Validated
@ConfigurationProperties("sentia.forecasting.batch")
record BatchForecastProperties(@DefaultValue("500") @Min(1) int maxSeries,
		@DefaultValue("100000") @Min(1) int maxObservations, @DefaultValue("104") @Min(1) int maxHorizon,
		@DefaultValue("4194304") @Min(1024) long maxBodyBytes) {

}
