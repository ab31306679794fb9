package io.sentia.integrations.webhook;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How queued webhook deliveries are processed ({@code sentia.integrations.webhooks.*}).
 *
 * @param workers threads that run handlers
 * @param queueCapacity deliveries waiting for a worker; beyond it they wait for the sweep
 * @param maxAttempts attempts before a delivery is marked failed
 * @param firstBackoff wait before the first retry; doubles with each attempt
 * @param maxBackoff longest wait between attempts
 * @param sweepInterval how often queued deliveries that are due are looked for
 * @param sweepBatch deliveries taken per sweep
 * @param lease how long a claimed delivery is left to its worker before another may take
 * it (after a crash mid-handling); longer than any handler runs
 */
@Validated
@ConfigurationProperties("sentia.integrations.webhooks")
public record WebhookProperties(@Min(1) @DefaultValue("2") int workers, @Min(1) @DefaultValue("1000") int queueCapacity,
		@Min(1) @DefaultValue("8") int maxAttempts, @NotNull @DefaultValue("10s") Duration firstBackoff,
		@NotNull @DefaultValue("1h") Duration maxBackoff, @NotNull @DefaultValue("15s") Duration sweepInterval,
		@Min(1) @DefaultValue("100") int sweepBatch, @NotNull @DefaultValue("5m") Duration lease) {

	/** The wait after the given failed attempt (1 for the first). */
	Duration backoffAfter(int attempt) {
		Duration backoff = this.firstBackoff;
		for (int i = 1; i < attempt && backoff.compareTo(this.maxBackoff) < 0; i++) {
			backoff = backoff.multipliedBy(2);
		}
		return (backoff.compareTo(this.maxBackoff) > 0) ? this.maxBackoff : backoff;
	}

}
