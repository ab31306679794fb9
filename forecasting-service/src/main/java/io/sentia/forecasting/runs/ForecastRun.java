package io.sentia.forecasting.runs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A forecast run as callers see it: what started it, how far it is, when it should end.
 *
 * @param id the run's id
 * @param trigger {@code manual} or {@code scheduled}
 * @param status {@code queued}, {@code running}, {@code succeeded} or {@code failed}
 * @param requestedBy who started a manual run (token subject), null for scheduled runs
 * @param scheduledDate the tenant-local day a scheduled run is for
 * @param horizon weeks forecast
 * @param createdAt when the run was requested
 * @param startedAt when it started working
 * @param finishedAt when it succeeded or failed
 * @param historyEnd last day of the demand history it fits (a Sunday)
 * @param seriesTotal series to forecast: every SKU × channel × region plus the SKU,
 * region and total aggregates they reconcile to
 * @param seriesDone series forecast so far
 * @param bottomSeries SKU × channel × region series among them
 * @param estimatedFinish when the run should finish at the pace so far (running runs)
 * @param error why a failed run failed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ForecastRun(UUID id, String trigger, String status, String requestedBy, LocalDate scheduledDate,
		int horizon, Instant createdAt, Instant startedAt, Instant finishedAt, LocalDate historyEnd, int seriesTotal,
		int seriesDone, int bottomSeries, Instant estimatedFinish, String error) {

	public static final String QUEUED = "queued";

	public static final String RUNNING = "running";

	public static final String SUCCEEDED = "succeeded";

	public static final String FAILED = "failed";

	/** Whether the run will not change any more. */
	public boolean finished() {
		return SUCCEEDED.equals(this.status) || FAILED.equals(this.status);
	}

	/**
	 * The finish a pace implies: the time per series so far, times the series left.
	 * @param startedAt when the work started
	 * @param progressAt when {@code done} was reached
	 * @param done series done
	 * @param total series in all
	 * @return the estimate, or null before the first series is done
	 */
	static Instant estimate(Instant startedAt, Instant progressAt, int done, int total) {
		if (startedAt == null || progressAt == null || done <= 0 || total <= done) {
			return null;
		}
		Duration perSeries = Duration.between(startedAt, progressAt).dividedBy(done);
		return progressAt.plus(perSeries.multipliedBy(total - done));
	}

}
