package io.sentia.forecasting.runs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;

import io.sentia.forecasting.controls.PlannerControls;
import io.sentia.forecasting.demand.DemandHistory;
import io.sentia.forecasting.demand.WeeklyDemand;
import io.sentia.forecasting.engine.hierarchy.Hierarchy;
import io.sentia.forecasting.engine.hierarchy.HierarchyNode;
import io.sentia.forecasting.engine.hierarchy.SeriesKey;
import io.sentia.servicekit.errors.ApiProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Starts runs and carries them out: reads the tenant's weekly demand, forecasts it on the
 * shared workers with progress written as it goes, then stores the results and publishes
 * them in one transaction.
 */
public class RunService implements AutoCloseable {

	static final String MANUAL = "manual";

	static final String SCHEDULED = "scheduled";

	static final String ANALOGUE = "analogue/";

	private static final Logger log = LoggerFactory.getLogger(RunService.class);

	private final RunRepository runs;

	private final DemandHistory history;

	private final PlannerControls controls;

	private final DemandForecaster forecaster;

	private final RunResultsStore results;

	private final TransactionOperations transaction;

	private final ExecutorService coordinator;

	private final ExecutorService workers;

	private final RunProperties properties;

	private final Clock clock;

	private final List<RunFollowUp> followUps;

	private final RunMeters meters;

	RunService(RunRepository runs, DemandHistory history, PlannerControls controls, DemandForecaster forecaster,
			RunResultsStore results, TransactionOperations transaction, ExecutorService coordinator,
			ExecutorService workers, RunProperties properties, Clock clock, List<RunFollowUp> followUps,
			RunMeters meters) {
		this.followUps = List.copyOf(followUps);
		this.meters = meters;
		this.runs = runs;
		this.history = history;
		this.controls = controls;
		this.forecaster = forecaster;
		this.results = results;
		this.transaction = transaction;
		this.coordinator = coordinator;
		this.workers = workers;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Starts a run requested by a person or partner.
	 * @throws ApiProblemException 409 when the tenant already has a run queued or running
	 */
	ForecastRun startManual(String tenantId, String requestedBy) {
		UUID id = UUID.randomUUID();
		if (!this.runs.insertQueued(id, tenantId, MANUAL, requestedBy, null, this.properties.horizon(),
				this.clock.instant())) {
			UUID active = this.runs.active(tenantId).map(ForecastRun::id).orElse(null);
			throw new ApiProblemException(HttpStatus.CONFLICT, "run-in-progress", "A run is in progress",
					"A forecast run is already queued or running for this tenant; follow it or try again when it ends.")
				.with("activeRunId", String.valueOf(active));
		}
		submit(id, tenantId, MANUAL);
		return this.runs.find(tenantId, id).orElseThrow();
	}

	/**
	 * Starts the tenant's daily run for its local {@code day}, unless one was already
	 * started for that day or another run is active.
	 * @return the run, if one was started
	 */
	Optional<UUID> startScheduled(String tenantId, LocalDate day) {
		UUID id = UUID.randomUUID();
		if (!this.runs.insertQueued(id, tenantId, SCHEDULED, null, day, this.properties.horizon(),
				this.clock.instant())) {
			return Optional.empty();
		}
		submit(id, tenantId, SCHEDULED);
		return Optional.of(id);
	}

	Optional<ForecastRun> find(String tenantId, UUID id) {
		return this.runs.find(tenantId, id);
	}

	List<ForecastRun> recent(String tenantId, int limit) {
		return this.runs.recent(tenantId, limit);
	}

	private void submit(UUID id, String tenantId, String trigger) {
		try {
			this.coordinator.execute(() -> execute(id, tenantId, trigger));
		}
		catch (RejectedExecutionException ex) {
			if (this.runs.failed(id, "Too many runs are waiting; try again later", this.clock.instant())) {
				this.meters.failed(trigger, 1);
			}
		}
	}

	/** Carries out a queued run; never throws, a failure is recorded on the run. */
	void execute(UUID id, String tenantId, String trigger) {
		long start = System.nanoTime();
		try {
			LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
			PlannerControls.Controlled controlled = this.controls.apply(tenantId, this.history.weekly(tenantId, today));
			WeeklyDemand demand = controlled.demand();
			int total = demand.series().isEmpty() ? 0
					: new Hierarchy(demand.series().stream().map((series) -> series.key()).toList()).nodes().size();
			this.runs.started(id, demand.historyEnd(), total, demand.series().size(), this.clock.instant());
			List<SeriesResult> forecasts = markAnalogues(this.forecaster.forecast(demand, this.workers,
					2 * this.properties.workerThreads(), progressWriter(id)), controlled.fromAnalogues());
			this.transaction.executeWithoutResult((status) -> {
				Instant now = this.clock.instant();
				this.results.store(tenantId, id, demand, forecasts, now);
				this.followUps.forEach((followUp) -> followUp.afterResults(tenantId, id));
				this.runs.succeeded(id, this.clock.instant());
			});
			log.info("Forecast run {} of tenant {} forecast {} series", id, tenantId, forecasts.size());
			this.meters.ended(trigger, RunMeters.SUCCEEDED, Duration.ofNanos(System.nanoTime() - start));
			this.meters.forecast(forecasts);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			failed(id, trigger, "Interrupted while the service stopped", start);
		}
		catch (RuntimeException ex) {
			log.error("Forecast run {} of tenant {} failed", id, tenantId, ex);
			failed(id, trigger, "The run failed: " + ex.getMessage(), start);
		}
	}

	private void failed(UUID id, String trigger, String error, long start) {
		if (this.runs.failed(id, error, this.clock.instant())) {
			this.meters.ended(trigger, RunMeters.FAILED, Duration.ofNanos(System.nanoTime() - start));
		}
	}

	/** Names the method of series forecast from analogues: {@code analogue/<model>}. */
	private static List<SeriesResult> markAnalogues(List<SeriesResult> forecasts, Set<SeriesKey> fromAnalogues) {
		if (fromAnalogues.isEmpty()) {
			return forecasts;
		}
		return forecasts.stream()
			.map((result) -> (result.node().level() == HierarchyNode.Level.BOTTOM
					&& fromAnalogues.contains(result.node().bottom()))
							? new SeriesResult(result.node(), result.firstWeek(), result.observed(), result.adjusted(),
									result.seasonLength(), ANALOGUE + result.model(), result.forecast(),
									result.accuracy())
							: result)
			.toList();
	}

	/** Writes progress at most once per progress interval, from whichever worker. */
	private RunProgress progressWriter(UUID id) {
		AtomicLong lastWrite = new AtomicLong();
		long interval = this.properties.progressInterval().toNanos();
		return (done, total) -> {
			long now = System.nanoTime();
			long last = lastWrite.get();
			if ((done == total || now - last >= interval) && lastWrite.compareAndSet(last, now)) {
				this.runs.progressed(id, done, this.clock.instant());
			}
		};
	}

	/** Stops carrying out runs; a run cut short is failed as abandoned later. */
	@Override
	public void close() {
		this.coordinator.shutdownNow();
	}

	/** Fails runs whose instance stopped reporting progress. */
	int failAbandoned() {
		Instant now = this.clock.instant();
		List<String> triggers = this.runs.failAbandoned(now.minus(this.properties.abandonedAfter()), now);
		triggers.forEach((trigger) -> this.meters.failed(trigger, 1));
		return triggers.size();
	}

}
