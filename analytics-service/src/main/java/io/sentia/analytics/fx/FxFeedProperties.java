package io.sentia.analytics.fx;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The daily reference-rate feed ({@code sentia.analytics.fx.feed.*}).
 *
 * @param enabled whether the feed runs; off unless switched on, as tests and the devstack
 * have no internet
 * @param url where the ECB-format XML is read from
 * @param interval time between two runs; the ECB publishes once a working day around
 * 16:00 CET, and a run that finds the same day again changes nothing
 * @param initialDelay time from start-up to the first run
 * @param timeout connect and read timeout of one fetch
 */
@ConfigurationProperties("sentia.analytics.fx.feed")
@Validated
record FxFeedProperties(@DefaultValue("false") boolean enabled,
		@DefaultValue("https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml") @NotNull URI url,
		@DefaultValue("PT6H") @NotNull Duration interval, @DefaultValue("PT1M") @NotNull Duration initialDelay,
		@DefaultValue("PT20S") @NotNull Duration timeout) {
}
