package io.sentia.forecasting.runs;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How runs forecast and when the daily run happens.
 *
 * @param horizon weeks forecast (13: a quarter, beyond most supplier lead times)
 * @param backtestWindows rolling-origin windows per series for the accuracy report
 * @param backtestHorizon weeks forecast from each backtest origin
 * @param workers threads forecasting series; 0 means one per available core
 * @param progressInterval how often a running run writes its progress
 * @param abandonedAfter a run silent this long is failed (its instance died)
 * @param schedule the daily run
 */
@Validated
@ConfigurationProperties("sentia.forecasting.run")
public record RunProperties(@DefaultValue("13") @Min(1) @Max(104) int horizon,
		@DefaultValue("2") @Min(1) @Max(10) int backtestWindows, @DefaultValue("13") @Min(1) int backtestHorizon,
		@DefaultValue("0") @Min(0) int workers, @DefaultValue("1s") @NotNull Duration progressInterval,
		@DefaultValue("10m") @NotNull Duration abandonedAfter, @DefaultValue @Valid @NotNull Schedule schedule) {

	RunSettings settings() {
		return new RunSettings(this.horizon, this.backtestWindows, this.backtestHorizon);
	}

	int workerThreads() {
		return (this.workers > 0) ? this.workers : Runtime.getRuntime().availableProcessors();
	}

	/**
	 * The daily run of every tenant.
	 *
	 * @param enabled whether daily runs happen
	 * @param time tenant-local time of day the run starts at (or soon after)
	 * @param defaultZone the zone of tenants whose calendar is not known yet
	 * @param checkInterval how often due runs are looked for
	 * @param firstRunSettle a tenant that never had a run gets its first one as soon as
	 * no demand was recorded for this long (its history has arrived), whatever the time
	 * of day
	 */
	public record Schedule(@DefaultValue("true") boolean enabled, @DefaultValue("06:00") @NotNull LocalTime time,
			@DefaultValue("Europe/London") @NotNull ZoneId defaultZone,
			@DefaultValue("60s") @NotNull Duration checkInterval,
			@DefaultValue("2m") @NotNull Duration firstRunSettle) {

	}

}
