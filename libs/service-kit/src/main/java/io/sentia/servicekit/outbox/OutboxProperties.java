package io.sentia.servicekit.outbox;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Outbox relay settings.
 *
 * @param relayEnabled whether this instance relays; off only for tools and tests that
 * drive a relay themselves
 * @param pollInterval pause between two relay runs while all is well
 * @param batchSize rows taken per run
 * @param sendTimeout how long a run waits for the broker's acknowledgements
 * @param maxBackoff longest pause between runs after consecutive failures
 * @param retention how long published rows are kept before deletion
 */
@Validated
@ConfigurationProperties("sentia.outbox")
public record OutboxProperties(@DefaultValue("true") boolean relayEnabled,
		@DefaultValue("200ms") @NotNull Duration pollInterval, @DefaultValue("100") @Min(1) @Max(10_000) int batchSize,
		@DefaultValue("30s") @NotNull Duration sendTimeout, @DefaultValue("10s") @NotNull Duration maxBackoff,
		@DefaultValue("1d") @NotNull Duration retention) {

}
