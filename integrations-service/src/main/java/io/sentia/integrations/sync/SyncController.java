package io.sentia.integrations.sync;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicReference;

import io.sentia.integrations.connector.ConnectionDirectory;
import io.sentia.integrations.connector.ConnectionSpec;
import io.sentia.integrations.ingest.IngestTally;
import io.sentia.integrations.quarantine.Quarantine;
import io.sentia.servicekit.errors.ApiProblemException;
import io.sentia.servicekit.security.Access;
import io.sentia.servicekit.security.Role;
import io.sentia.servicekit.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Sync runs of a connection: start them, list them, follow one live, and the connection's
 * data-quality score.
 */
@RestController
@RequestMapping("/api/integrations/v1/connections/{id}")
class SyncController {

	private static final Duration STREAM_TIMEOUT = Duration.ofMinutes(30);

	private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(1);

	private static final int QUALITY_DAYS = 30;

	private final SyncEngine engine;

	private final SyncStore store;

	private final ConnectionDirectory connections;

	private final IngestTally tally;

	private final Quarantine quarantine;

	private final TenantContext tenant;

	private final TaskScheduler progressTimer;

	SyncController(SyncEngine engine, SyncStore store, ConnectionDirectory connections, IngestTally tally,
			Quarantine quarantine, TenantContext tenant, TaskScheduler progressTimer) {
		this.engine = engine;
		this.store = store;
		this.connections = connections;
		this.tally = tally;
		this.quarantine = quarantine;
		this.tenant = tenant;
		this.progressTimer = progressTimer;
	}

	@PostMapping("/syncs")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Access(role = Role.OPERATOR, scopes = "integrations.write")
	Map<String, Object> sync(@PathVariable("id") UUID id, @RequestBody(required = false) @Nullable SyncRequest body) {
		ConnectionSpec connection = owned(id);
		SyncRequest request = (body != null) ? body : new SyncRequest(null, null, null);
		RunKind kind;
		try {
			kind = RunKind.fromId((request.kind() != null) ? request.kind() : "incremental");
		}
		catch (IllegalArgumentException ex) {
			throw ApiProblemException.invalidField("kind",
					"must be one of " + List.of(RunKind.values()).stream().map(RunKind::id).toList());
		}
		Instant from = null;
		if (request.from() != null) {
			try {
				from = LocalDate.parse(request.from()).atStartOfDay(ZoneOffset.UTC).toInstant();
			}
			catch (DateTimeParseException ex) {
				throw ApiProblemException.invalidField("from", "must be an ISO date such as 2025-01-01");
			}
		}
		if (kind != RunKind.BACKFILL && from != null) {
			throw ApiProblemException.invalidField("from", "applies only to backfill runs");
		}
		List<UUID> started;
		try {
			started = this.engine.request(connection, request.stream(), kind, from);
		}
		catch (IllegalArgumentException ex) {
			// The engine's message starts with the field it is about.
			throw ApiProblemException.invalidField("stream", ex.getMessage().replaceFirst("^stream ", ""));
		}
		// Asking again while a run is under way is not an error: the caller gets the run
		// to follow.
		List<UUID> running = this.engine.activeRuns(connection, request.stream())
			.stream()
			.filter((run) -> !started.contains(run))
			.toList();
		return Map.of("started", started, "alreadyRunning", running);
	}

	@GetMapping("/runs")
	@Access(role = Role.VIEWER, scopes = "integrations.read")
	List<SyncRun> runs(@PathVariable("id") UUID id, @RequestParam(name = "stream", required = false) String stream,
			@RequestParam(name = "limit", defaultValue = "50") int limit) {
		owned(id);
		return this.store.runs(id, stream, Math.clamp(limit, 1, 500));
	}

	@GetMapping("/runs/{runId}")
	@Access(role = Role.VIEWER, scopes = "integrations.read")
	SyncRun run(@PathVariable("id") UUID id, @PathVariable("runId") UUID runId) {
		return ownedRun(id, runId);
	}

	@GetMapping(path = "/runs/{runId}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Access(role = Role.VIEWER, scopes = "integrations.read")
	SseEmitter events(@PathVariable("id") UUID id, @PathVariable("runId") UUID runId) {
		ownedRun(id, runId);
		SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
		AtomicReference<ScheduledFuture<?>> poll = new AtomicReference<>();
		poll.set(this.progressTimer.scheduleWithFixedDelay(() -> {
			SyncRun run = this.store.run(runId).orElseThrow();
			try {
				emitter.send(SseEmitter.event().name(run.finished() ? "finished" : "progress").data(progress(run)));
				if (run.finished()) {
					emitter.complete();
					poll.get().cancel(false);
				}
			}
			catch (IOException | IllegalStateException ex) {
				poll.get().cancel(false);
			}
		}, PROGRESS_INTERVAL));
		emitter.onCompletion(() -> cancel(poll));
		emitter.onTimeout(() -> cancel(poll));
		emitter.onError((ex) -> cancel(poll));
		return emitter;
	}

	@GetMapping("/quality")
	@Access(role = Role.VIEWER, scopes = "integrations.read")
	Map<String, Object> quality(@PathVariable("id") UUID id) {
		ConnectionSpec connection = owned(id);
		IngestTally.Counts counts = this.tally.since(connection.tenantId(), id, QUALITY_DAYS);
		long total = counts.accepted() + counts.rejected();
		Map<String, Object> quality = new LinkedHashMap<>();
		quality.put("days", QUALITY_DAYS);
		quality.put("accepted", counts.accepted());
		quality.put("rejected", counts.rejected());
		quality.put("score", (total == 0) ? null : Math.round(1000.0 * counts.accepted() / total) / 1000.0);
		quality.put("openQuarantine", this.quarantine.openCount(connection.tenantId(), id));
		return quality;
	}

	private static Map<String, Object> progress(SyncRun run) {
		Map<String, Object> progress = new LinkedHashMap<>();
		progress.put("runId", run.id());
		progress.put("status", run.status());
		progress.put("read", run.read());
		progress.put("changed", run.changed());
		progress.put("rejected", run.rejected());
		progress.put("total", run.total());
		progress.put("etaSeconds", eta(run));
		return progress;
	}

	private static @Nullable Long eta(SyncRun run) {
		if (run.finished() || run.total() == null || run.read() == 0 || run.startedAt() == null) {
			return null;
		}
		long elapsed = Duration.between(run.startedAt(), Instant.now()).toSeconds();
		return Math.max(0, elapsed * Math.max(0, run.total() - run.read()) / run.read());
	}

	private static void cancel(AtomicReference<ScheduledFuture<?>> poll) {
		ScheduledFuture<?> future = poll.get();
		if (future != null) {
			future.cancel(false);
		}
	}

	private ConnectionSpec owned(UUID id) {
		return this.connections.find(id)
			.filter((connection) -> connection.tenantId().equals(this.tenant.currentTenantId()))
			.orElseThrow(() -> ApiProblemException.notFound("no connection " + id));
	}

	private SyncRun ownedRun(UUID id, UUID runId) {
		owned(id);
		return this.store.run(runId)
			.filter((run) -> run.connectionId().equals(id))
			.orElseThrow(() -> ApiProblemException.notFound("no run " + runId + " of connection " + id));
	}

	/**
	 * What to sync.
	 *
	 * @param stream one stream, or {@code null} for all
	 * @param kind {@code incremental} (default), {@code backfill} or {@code reconcile}
	 * @param from backfill start date (ISO), or {@code null} for the connection's start
	 */
	record SyncRequest(@Nullable String stream, @Nullable String kind, @Nullable String from) {
	}

}
