package io.sentia.integrations.sync;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the sync engine runs ({@code sentia.integrations.sync.*}).
 *
 * @param interval time between scheduled incremental runs of a stream; a connection may
 * set its own with the setting {@code syncInterval} (ISO-8601, e.g. {@code PT5M})
 * @param reconcileInterval time between reconciliation runs of a stream
 * @param reconcileDays how many days a reconciliation run re-reads
 * @param initialLookback how far back the first incremental run of a stream reads when
 * the connection sets no {@code syncStart} date
 * @param tick how often the scheduler looks for due runs
 * @param workers runs executed at once
 * @param scheduled whether runs are started on schedule (tests switch it off)
 */
@ConfigurationProperties("sentia.integrations.sync")
@Validated
public record SyncProperties(@DefaultValue("PT15M") @NotNull Duration interval,
		@DefaultValue("P1D") @NotNull Duration reconcileInterval, @DefaultValue("3") @Min(1) int reconcileDays,
		@DefaultValue("P30D") @NotNull Duration initialLookback, @DefaultValue("PT1M") @NotNull Duration tick,
		@DefaultValue("2") @Min(1) int workers, @DefaultValue("true") boolean scheduled) {
}
