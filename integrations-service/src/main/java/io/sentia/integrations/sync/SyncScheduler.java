package io.sentia.integrations.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ScheduledFuture;

import io.sentia.integrations.connection.ConnectorCatalog;
import io.sentia.integrations.connector.ConnectionDirectory;
import io.sentia.integrations.connector.ConnectionSpec;
import io.sentia.integrations.connector.StreamDefinition;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ExecutorConfigurationSupport;

/**
 * Resumes interrupted runs at start-up, then starts each active connection's incremental
 * runs at its interval and reconciliation runs once a day (when scheduling is on). The
 * tick is a fixed-delay task on the service's {@link TaskScheduler}, so ticks never
 * overlap; one active run per connection and stream is the store's to enforce.
 */
class SyncScheduler implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(SyncScheduler.class);

	private final SyncEngine engine;

	private final SyncStore store;

	private final ConnectionDirectory connections;

	private final ConnectorCatalog connectors;

	private final SyncProperties properties;

	private final Clock clock;

	private final TaskScheduler scheduler;

	private volatile @Nullable ScheduledFuture<?> ticks;

	private volatile boolean running;

	SyncScheduler(SyncEngine engine, SyncStore store, ConnectionDirectory connections, ConnectorCatalog connectors,
			SyncProperties properties, Clock clock, TaskScheduler scheduler) {
		this.engine = engine;
		this.store = store;
		this.connections = connections;
		this.connectors = connectors;
		this.properties = properties;
		this.clock = clock;
		this.scheduler = scheduler;
	}

	@Override
	public void start() {
		this.running = true;
		this.engine.resumeUnfinished();
		if (this.properties.scheduled()) {
			Duration tick = this.properties.tick();
			this.ticks = this.scheduler.scheduleWithFixedDelay(this::tick,
					this.scheduler.getClock().instant().plus(tick), tick);
		}
	}

	/** Starts every run that is due. */
	void tick() {
		try {
			for (ConnectionSpec connection : this.connections.active()) {
				for (StreamDefinition stream : streams(connection)) {
					startIfDue(connection, stream.name(), RunKind.INCREMENTAL, interval(connection));
					startIfDue(connection, stream.name(), RunKind.RECONCILE, this.properties.reconcileInterval());
				}
			}
		}
		catch (RuntimeException ex) {
			log.warn("Sync scheduling failed; trying again next tick", ex);
		}
	}

	private Iterable<StreamDefinition> streams(ConnectionSpec connection) {
		try {
			return this.connectors.of(connection.provider()).streams();
		}
		catch (IllegalStateException ex) {
			return java.util.List.of();
		}
	}

	private void startIfDue(ConnectionSpec connection, String stream, RunKind kind, Duration every) {
		Instant now = this.clock.instant();
		boolean due = this.store.lastRequested(connection.id(), stream, kind)
			.map((last) -> !last.plus(every).isAfter(now))
			.orElse(true);
		SyncStore.Cursor cursor = this.store.cursor(connection.id(), stream);
		boolean paused = cursor.pausedUntil() != null && cursor.pausedUntil().isAfter(now);
		if (due && !paused) {
			this.engine.request(connection, stream, kind, null);
		}
	}

	private Duration interval(ConnectionSpec connection) {
		String own = connection.settings().get("syncInterval");
		if (own != null) {
			try {
				return Duration.parse(own);
			}
			catch (DateTimeParseException ex) {
				log.warn("Connection {} has an unreadable syncInterval '{}'; using {}", connection.id(), own,
						this.properties.interval());
			}
		}
		return this.properties.interval();
	}

	@Override
	public void stop() {
		ScheduledFuture<?> scheduled = this.ticks;
		if (scheduled != null) {
			// A tick under way finishes; the scheduler's own stop waits for it.
			scheduled.cancel(false);
		}
		this.ticks = null;
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Like the outbox relay: after the web server, before the executors. */
	@Override
	public int getPhase() {
		return ExecutorConfigurationSupport.DEFAULT_PHASE + 1;
	}

}
