package io.sentia.integrations.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

import io.sentia.events.SyncRunFinished;
import io.sentia.integrations.connection.ConnectorCatalog;
import io.sentia.integrations.connector.ConnectionDirectory;
import io.sentia.integrations.connector.ConnectionPausedException;
import io.sentia.integrations.connector.ConnectionSpec;
import io.sentia.integrations.connector.Connector;
import io.sentia.integrations.connector.IngestResult;
import io.sentia.integrations.connector.PageSink;
import io.sentia.integrations.connector.ProviderCallException;
import io.sentia.integrations.connector.RawRecord;
import io.sentia.integrations.connector.ReadRequest;
import io.sentia.integrations.connector.RecordIngestor;
import io.sentia.integrations.connector.RecordMapper;
import io.sentia.integrations.connector.StreamDefinition;
import io.sentia.integrations.sync.SyncStore.Cursor;
import io.sentia.integrations.sync.SyncStore.Window;
import io.sentia.servicekit.outbox.OutboxPublisher;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs syncs. Each page a reader hands over is ingested together with the run's counts in
 * one transaction. The cursor moves only from provider timestamps and only when a read
 * (or a backfill window) has completed, so a failure or a crash never moves it past
 * records not yet ingested; re-reading is harmless because ingestion de-duplicates.
 */
public class SyncEngine {

	private static final Logger log = LoggerFactory.getLogger(SyncEngine.class);

	private final SyncStore store;

	private final ConnectionDirectory connections;

	private final ConnectorCatalog connectors;

	private final RecordIngestor ingestor;

	private final OutboxPublisher outbox;

	private final TransactionTemplate transaction;

	private final SyncProperties properties;

	private final SyncMetrics metrics;

	private final Clock clock;

	private final ExecutorService workers;

	SyncEngine(SyncStore store, ConnectionDirectory connections, ConnectorCatalog connectors, RecordIngestor ingestor,
			OutboxPublisher outbox, TransactionTemplate transaction, SyncProperties properties, SyncMetrics metrics,
			Clock clock, ExecutorService workers) {
		this.store = store;
		this.connections = connections;
		this.connectors = connectors;
		this.ingestor = ingestor;
		this.outbox = outbox;
		this.transaction = transaction;
		this.properties = properties;
		this.metrics = metrics;
		this.clock = clock;
		this.workers = workers;
	}

	/**
	 * Queues runs of one stream, or of every stream when {@code stream} is {@code null},
	 * and starts them in the background.
	 * @return the ids of the runs queued; streams already running are left out
	 * @throws IllegalArgumentException when the connector has no such stream
	 */
	public List<UUID> request(ConnectionSpec connection, @Nullable String stream, RunKind kind,
			@Nullable Instant from) {
		Connector connector = this.connectors.of(connection.provider());
		List<StreamDefinition> streams = connector.streams()
			.stream()
			.filter((definition) -> stream == null || definition.name().equals(stream))
			.toList();
		if (streams.isEmpty()) {
			throw new IllegalArgumentException("stream must be one of "
					+ connector.streams().stream().map(StreamDefinition::name).toList() + ", not '" + stream + "'");
		}
		List<UUID> queued = new ArrayList<>();
		for (StreamDefinition definition : streams) {
			this.store.queue(connection.tenantId(), connection.id(), definition.name(), kind, from, null)
				.ifPresent(queued::add);
		}
		queued.forEach(this::submit);
		return queued;
	}

	/**
	 * The queued or running runs of one stream, or of every stream when {@code stream} is
	 * null.
	 */
	public List<UUID> activeRuns(ConnectionSpec connection, @Nullable String stream) {
		return this.connectors.of(connection.provider())
			.streams()
			.stream()
			.filter((definition) -> stream == null || definition.name().equals(stream))
			.flatMap((definition) -> this.store.activeRun(connection.id(), definition.name()).stream())
			.toList();
	}

	/** Starts a queued (or interrupted) run in the background. */
	void submit(UUID runId) {
		try {
			this.workers.execute(() -> execute(runId));
		}
		catch (RejectedExecutionException ex) {
			// The service is stopping; the queued run is resumed after the restart.
			log.info("Sync run {} stays queued until the service starts again", runId);
		}
	}

	/** Resumes the runs a stop interrupted. */
	void resumeUnfinished() {
		List<UUID> unfinished = this.store.unfinished();
		if (!unfinished.isEmpty()) {
			log.info("Resuming {} sync runs interrupted by the last stop", unfinished.size());
		}
		unfinished.forEach(this::submit);
	}

	/** Executes a run on the calling thread. */
	void execute(UUID runId) {
		SyncRun run = this.store.run(runId).orElseThrow();
		if (run.finished()) {
			return;
		}
		long started = System.nanoTime();
		Instant startedAt = this.clock.instant();
		Optional<ConnectionSpec> found = this.connections.find(run.connectionId());
		if (found.isEmpty()) {
			finish(run, null, startedAt, started, new ProviderCallException("connection_deleted",
					"the connection was deleted before the run could start"));
			return;
		}
		ConnectionSpec connection = found.get();
		try {
			Connector connector = this.connectors.of(connection.provider());
			StreamDefinition stream = connector.streams()
				.stream()
				.filter((definition) -> definition.name().equals(run.stream()))
				.findFirst()
				.orElseThrow(() -> new ProviderCallException("unknown_stream",
						connection.provider().id() + " has no stream " + run.stream()));
			Cursor cursor = this.store.cursor(connection.id(), stream.name());
			if (cursor.pausedUntil() != null && cursor.pausedUntil().isAfter(this.clock.instant())) {
				throw new ConnectionPausedException(cursor.pausedUntil(),
						(cursor.pausedReason() != null) ? cursor.pausedReason() : "paused by the provider");
			}
			switch (RunKind.fromId(run.kind())) {
				case INCREMENTAL -> incremental(run, connection, connector, stream, cursor);
				case RECONCILE -> reconcile(run, connection, connector, stream);
				case BACKFILL -> backfill(run, connection, connector, stream);
			}
			finish(run, connection, startedAt, started, null);
		}
		catch (ConnectionPausedException ex) {
			this.store.pause(connection.id(), run.stream(), ex.until(), ex.getMessage());
			finish(run, connection, startedAt, started, ex);
		}
		catch (ProviderCallException ex) {
			finish(run, connection, startedAt, started, ex);
		}
		catch (RuntimeException ex) {
			log.error("Sync run {} of {} {} failed", run.id(), connection.provider().id(), run.stream(), ex);
			finish(run, connection, startedAt, started,
					new ProviderCallException("internal_error", "the run failed inside Sentia: " + ex.getMessage()));
		}
	}

	private void incremental(SyncRun run, ConnectionSpec connection, Connector connector, StreamDefinition stream,
			Cursor cursor) {
		Instant from = (cursor.highWater() != null) ? cursor.highWater().minus(stream.overlap())
				: initialStart(connection);
		Instant to = upperBound(stream);
		this.store.start(run.id(), from, to);
		Read read = read(run, connection, connector, stream, from, to, cursor.token());
		this.transaction.executeWithoutResult(
				(status) -> this.store.advance(connection.id(), stream.name(), read.highWater(), read.token()));
	}

	private void reconcile(SyncRun run, ConnectionSpec connection, Connector connector, StreamDefinition stream) {
		Instant from = this.clock.instant().minus(Duration.ofDays(this.properties.reconcileDays()));
		Instant to = upperBound(stream);
		this.store.start(run.id(), from, to);
		Read read = read(run, connection, connector, stream, from, to, null);
		this.transaction.executeWithoutResult(
				(status) -> this.store.advance(connection.id(), stream.name(), read.highWater(), null));
	}

	private void backfill(SyncRun run, ConnectionSpec connection, Connector connector, StreamDefinition stream) {
		Instant from = (run.windowFrom() != null) ? run.windowFrom() : initialStart(connection);
		Instant to = (run.windowTo() != null) ? run.windowTo()
				: Optional.ofNullable(upperBound(stream)).orElse(this.clock.instant());
		this.store.start(run.id(), from, to);
		if (!stream.windowed()) {
			Read read = read(run, connection, connector, stream, from, null, null);
			this.transaction.executeWithoutResult(
					(status) -> this.store.advance(connection.id(), stream.name(), read.highWater(), read.token()));
			return;
		}
		List<Window> planned = new ArrayList<>();
		for (Instant start = from; start.isBefore(to); start = start.plus(stream.backfillWindow())) {
			Instant end = start.plus(stream.backfillWindow());
			planned.add(new Window(start, end.isAfter(to) ? to : end));
		}
		this.store.planWindows(run.id(), planned);
		for (Window window : this.store.windows(run.id())) {
			if (window.done()) {
				continue;
			}
			Read read = read(run, connection, connector, stream, window.from(), window.to(), null);
			this.transaction.executeWithoutResult((status) -> {
				this.store.advance(connection.id(), stream.name(), read.highWater(), null);
				this.store.windowDone(run.id(), window.seq());
			});
		}
	}

	private Read read(SyncRun run, ConnectionSpec connection, Connector connector, StreamDefinition stream,
			Instant from, @Nullable Instant to, @Nullable String token) {
		RunSink sink = new RunSink(run, connection, connector.mapper(stream.name()));
		connector.reader(stream.name()).read(new ReadRequest(connection, stream.name(), from, to, token), sink);
		return new Read(sink.highWater, sink.token);
	}

	private @Nullable Instant upperBound(StreamDefinition stream) {
		return stream.lag().isPositive() ? this.clock.instant().minus(stream.lag()) : null;
	}

	private Instant initialStart(ConnectionSpec connection) {
		String start = connection.settings().get("syncStart");
		if (start != null) {
			try {
				return LocalDate.parse(start).atStartOfDay(ZoneOffset.UTC).toInstant();
			}
			catch (DateTimeParseException ex) {
				log.warn("Connection {} has an unreadable syncStart '{}'; using the default look-back", connection.id(),
						start);
			}
		}
		return this.clock.instant().minus(this.properties.initialLookback());
	}

	private void finish(SyncRun run, @Nullable ConnectionSpec connection, Instant startedAt, long startedNanos,
			@Nullable ProviderCallException failure) {
		SyncRun counted = this.store.run(run.id()).orElse(run);
		SyncRunFinished.Outcome outcome = (failure != null) ? SyncRunFinished.Outcome.FAILED
				: (counted.rejected() > 0) ? SyncRunFinished.Outcome.PARTIAL : SyncRunFinished.Outcome.SUCCEEDED;
		String status = outcome.name().toLowerCase(java.util.Locale.ROOT);
		Instant finishedAt = this.clock.instant();
		this.transaction.executeWithoutResult((tx) -> {
			this.store.finish(run.id(), status, (failure != null) ? failure.code() : null,
					(failure != null) ? failure.getMessage() : null);
			if (connection != null) {
				long unchanged = Math.max(0, counted.read() - counted.changed() - counted.rejected());
				this.outbox.publish(new SyncRunFinished(connection.tenantId(), run.id().toString(),
						connection.id().toString(), connection.provider().id(), run.stream(), startedAt,
						finishedAt.isBefore(startedAt) ? startedAt : finishedAt,
						Duration.ofNanos(System.nanoTime() - startedNanos).toMillis(),
						new SyncRunFinished.Counts(counted.read(), counted.changed(), unchanged, counted.rejected()),
						outcome,
						(failure != null)
								? new SyncRunFinished.Failure(failure.code(), String.valueOf(failure.getMessage()))
								: null));
			}
		});
		if (connection != null) {
			this.metrics.finished(connection, run.stream(), outcome, finishedAt,
					this.store.cursor(connection.id(), run.stream()).highWater());
		}
		if (failure != null) {
			log.warn("Sync run {} of {} {} failed: {} {}", run.id(),
					(connection != null) ? connection.provider().id() : "?", run.stream(), failure.code(),
					failure.getMessage());
		}
	}

	private record Read(@Nullable Instant highWater, @Nullable String token) {
	}

	/**
	 * Ingests each page with the run's counts in one transaction and tracks the
	 * high-water mark.
	 */
	private final class RunSink implements PageSink {

		private final SyncRun run;

		private final ConnectionSpec connection;

		private final RecordMapper mapper;

		private @Nullable Instant highWater;

		private @Nullable String token;

		RunSink(SyncRun run, ConnectionSpec connection, RecordMapper mapper) {
			this.run = run;
			this.connection = connection;
			this.mapper = mapper;
		}

		@Override
		public void page(List<RawRecord> records, Progress progress) {
			SyncEngine.this.transaction.executeWithoutResult((status) -> {
				IngestResult result = SyncEngine.this.ingestor.ingest(this.connection.source(), this.run.stream(),
						this.mapper, records);
				SyncEngine.this.store.count(this.run.id(), result.read(), result.changed(), result.rejected(),
						progress.total());
				SyncEngine.this.metrics.records(this.connection, this.run.stream(), result);
			});
			for (RawRecord record : records) {
				if (record.updatedAt() != null
						&& (this.highWater == null || record.updatedAt().isAfter(this.highWater))) {
					this.highWater = record.updatedAt();
				}
			}
			if (progress.token() != null) {
				this.token = progress.token();
			}
		}

		@Override
		public boolean cancelled() {
			return SyncEngine.this.workers.isShutdown();
		}

	}

}
