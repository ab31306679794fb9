package io.sentia.servicekit.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.support.SendResult;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ExecutorConfigurationSupport;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends pending outbox rows to Kafka, oldest first, and marks them published once the
 * broker has acknowledged them. A failed run leaves its rows pending and the next runs
 * back off exponentially, so events written while Kafka is down go out when it returns,
 * and rows left pending by a crash go out after the restart: at-least-once, with the same
 * {@code ce_id} each time.
 * <p>
 * One run is one database transaction: it takes a transaction-scoped advisory lock (one
 * relay per database at a time, so replicas never interleave a key's events), claims a
 * batch with {@code FOR UPDATE SKIP LOCKED}, sends it, waits for the acknowledgements
 * (bounded by {@code sentia.outbox.send-timeout}) and marks the acknowledged prefix. The
 * first failure ends the batch: later rows stay pending even if they were delivered, so
 * they are sent again after the failed one and the newest copy of each key stays last.
 * <p>
 * Runs and housekeeping are fixed-delay tasks on the service's {@link TaskScheduler}
 * (Boot's {@code taskScheduler}), so a run never overlaps the previous one. The relay
 * stops after the web server and the Kafka listeners (which write outbox rows) and before
 * Spring's executors and schedulers: {@link #stop()} cancels the schedule and lets a run
 * in flight commit its marks.
 */
public class OutboxRelay implements SmartLifecycle, DisposableBean {

	// Arbitrary but fixed: every replica of a service must contend for the same lock.
	static final long RELAY_LOCK_KEY = 0x5E471A_0B0C5L;

	private static final Duration HOUSEKEEPING_INTERVAL = Duration.ofSeconds(5);

	private static final int MAX_ERROR_LENGTH = 2000;

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private static final TypeReference<Map<String, String>> HEADERS_TYPE = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final ProducerFactory<String, String> producerFactory;

	private final KafkaTemplate<String, String> kafka;

	private final JsonMapper jsonMapper;

	private final OutboxProperties properties;

	private final OutboxMetrics metrics;

	private final Clock clock;

	private final TaskScheduler scheduler;

	// Held by a run; stop() takes it to wait for the run in flight.
	private final ReentrantLock runLock = new ReentrantLock();

	private volatile List<ScheduledFuture<?>> schedules = List.of();

	private volatile boolean running;

	private int consecutiveFailures;

	private Instant nextRunAt = Instant.MIN;

	/**
	 * Creates a relay; it runs between {@link #start()} and {@link #stop()}.
	 * @param jdbc client on the service's data source
	 * @param transaction transactions on that data source
	 * @param producerFactory producer factory of the relay's own producer, with String
	 * serializers and no observation (the row's own {@code traceparent} is sent)
	 * @param jsonMapper mapper reading the stored headers
	 * @param properties relay settings
	 * @param metrics meters to update
	 * @param clock clock for back-off and retention
	 * @param scheduler the service's scheduler, on which runs and housekeeping happen
	 */
	public OutboxRelay(JdbcClient jdbc, TransactionTemplate transaction,
			ProducerFactory<String, String> producerFactory, JsonMapper jsonMapper, OutboxProperties properties,
			OutboxMetrics metrics, Clock clock, TaskScheduler scheduler) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.producerFactory = producerFactory;
		this.kafka = new KafkaTemplate<>(producerFactory);
		this.jsonMapper = jsonMapper;
		this.properties = properties;
		this.metrics = metrics;
		this.clock = clock;
		this.scheduler = scheduler;
	}

	@Override
	public void start() {
		if (this.running) {
			return;
		}
		this.running = true;
		this.schedules = List.of(
				this.scheduler.scheduleWithFixedDelay(() -> whileRunning(this::run), this.properties.pollInterval()),
				this.scheduler.scheduleWithFixedDelay(() -> whileRunning(this::housekeeping), HOUSEKEEPING_INTERVAL));
	}

	@Override
	public void stop() {
		if (!this.running) {
			return;
		}
		this.running = false;
		this.schedules.forEach((schedule) -> schedule.cancel(false));
		this.schedules = List.of();
		// A run in flight finishes (bounded by the send timeout) so its marks commit.
		try {
			if (this.runLock.tryLock(this.properties.sendTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS)) {
				this.runLock.unlock();
			}
			else {
				log.warn("Outbox relay run still in flight after {}; its rows are sent again after the restart",
						this.properties.sendTimeout());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * After the web server and the Kafka listeners, whose work writes outbox rows, and
	 * before Spring's executors and schedulers.
	 */
	@Override
	public int getPhase() {
		return ExecutorConfigurationSupport.DEFAULT_PHASE + 1;
	}

	private void whileRunning(Runnable task) {
		this.runLock.lock();
		try {
			// A task that fired just as the relay stopped does nothing.
			if (this.running) {
				task.run();
			}
		}
		finally {
			this.runLock.unlock();
		}
	}

	@Override
	public void destroy() {
		stop();
		this.kafka.destroy();
		if (this.producerFactory instanceof DisposableBean disposable) {
			try {
				disposable.destroy();
			}
			catch (Exception ex) {
				log.warn("Could not close the outbox relay's producer", ex);
			}
		}
	}

	/** One scheduled run: drain full batches unless backing off after failures. */
	private void run() {
		try {
			if (this.clock.instant().isBefore(this.nextRunAt)) {
				return;
			}
			RelayOutcome outcome;
			do {
				outcome = relayBatch();
			}
			while (!outcome.failed() && outcome.claimed() == this.properties.batchSize());
		}
		catch (RuntimeException ex) {
			// A database outage, say; never let the exception cancel the schedule.
			log.warn("Outbox relay run failed; retrying with back-off", ex);
			backOff();
		}
	}

	/**
	 * Relays one batch of pending rows in one transaction.
	 * @return what happened
	 */
	RelayOutcome relayBatch() {
		RelayOutcome outcome = this.transaction.execute((status) -> relayBatchInTransaction());
		if (outcome == null || outcome.failed()) {
			backOff();
		}
		else {
			this.consecutiveFailures = 0;
			this.nextRunAt = Instant.MIN;
		}
		return (outcome != null) ? outcome : new RelayOutcome(0, 0, true);
	}

	private RelayOutcome relayBatchInTransaction() {
		Boolean locked = this.jdbc.sql("SELECT pg_try_advisory_xact_lock(:key)")
			.param("key", RELAY_LOCK_KEY)
			.query(Boolean.class)
			.single();
		if (!Boolean.TRUE.equals(locked)) {
			return new RelayOutcome(0, 0, false);
		}
		List<PendingEvent> batch = this.jdbc.sql("""
				SELECT id, topic, event_key, payload, headers::text AS headers
				FROM outbox_event
				WHERE published_at IS NULL
				ORDER BY seq
				LIMIT :limit
				FOR UPDATE SKIP LOCKED
				""").param("limit", this.properties.batchSize()).query(this::pendingEvent).list();
		if (batch.isEmpty()) {
			return new RelayOutcome(0, 0, false);
		}
		List<CompletableFuture<SendResult<String, String>>> sends = new ArrayList<>();
		for (PendingEvent event : batch) {
			CompletableFuture<SendResult<String, String>> send = send(event);
			sends.add(send);
			// An unreachable broker fails the send after max.block.ms; do not wait that
			// long per row.
			if (send.isCompletedExceptionally()) {
				break;
			}
		}
		List<UUID> acknowledged = new ArrayList<>();
		@Nullable Throwable failure = null;
		long deadline = System.nanoTime() + this.properties.sendTimeout().toNanos();
		for (int i = 0; i < sends.size() && failure == null; i++) {
			try {
				sends.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
				acknowledged.add(batch.get(i).id());
			}
			catch (ExecutionException ex) {
				failure = (ex.getCause() != null) ? ex.getCause() : ex;
			}
			catch (TimeoutException ex) {
				failure = new TimeoutException("No acknowledgement within " + this.properties.sendTimeout());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				failure = ex;
			}
		}
		markPublished(acknowledged);
		if (failure != null) {
			recordFailure(batch.get(acknowledged.size()), failure);
		}
		this.metrics.published(acknowledged.size());
		return new RelayOutcome(batch.size(), acknowledged.size(), failure != null);
	}

	private CompletableFuture<SendResult<String, String>> send(PendingEvent event) {
		ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.key(), event.payload());
		event.headers().forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
		try {
			return this.kafka.send(record);
		}
		catch (RuntimeException ex) {
			return CompletableFuture.failedFuture(ex);
		}
	}

	private void markPublished(List<UUID> ids) {
		if (ids.isEmpty()) {
			return;
		}
		this.jdbc.sql("UPDATE outbox_event SET published_at = :now, attempts = attempts + 1 WHERE id IN (:ids)")
			.param("now", now())
			.param("ids", ids)
			.update();
	}

	private void recordFailure(PendingEvent event, Throwable failure) {
		this.metrics.failed();
		String error = describe(failure);
		log.warn("Outbox event {} to {} not acknowledged, will retry: {}", event.id(), event.topic(), error);
		this.jdbc.sql("UPDATE outbox_event SET attempts = attempts + 1, last_error = :error WHERE id = :id")
			.param("error", (error.length() > MAX_ERROR_LENGTH) ? error.substring(0, MAX_ERROR_LENGTH) : error)
			.param("id", event.id())
			.update();
	}

	/** The whole cause chain: "Send failed" alone would not tell an operator why. */
	private static String describe(Throwable failure) {
		StringBuilder description = new StringBuilder();
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (!description.isEmpty()) {
				description.append("; caused by ");
			}
			description.append(cause.getClass().getName()).append(": ").append(cause.getMessage());
		}
		return description.toString();
	}

	private void backOff() {
		this.consecutiveFailures = Math.min(this.consecutiveFailures + 1, 30);
		long base = this.properties.pollInterval().toMillis();
		long delay = Math.min(base << Math.min(this.consecutiveFailures, 20), this.properties.maxBackoff().toMillis());
		this.nextRunAt = this.clock.instant().plusMillis(delay);
	}

	/** Deletes rows published longer ago than the retention and refreshes the gauges. */
	private void housekeeping() {
		try {
			purgePublished();
			refreshPending();
		}
		catch (RuntimeException ex) {
			log.warn("Outbox housekeeping failed", ex);
		}
	}

	int purgePublished() {
		return this.jdbc.sql("DELETE FROM outbox_event WHERE published_at < :cutoff")
			.param("cutoff", now().minus(this.properties.retention()))
			.update();
	}

	void refreshPending() {
		this.jdbc
			.sql("SELECT count(*) AS pending, min(created_at) AS oldest FROM outbox_event WHERE published_at IS NULL")
			.query((rs, row) -> {
				OffsetDateTime oldest = rs.getObject("oldest", OffsetDateTime.class);
				this.metrics.pending(rs.getLong("pending"), (oldest != null) ? oldest.toInstant() : null);
				return row;
			})
			.list();
	}

	private OffsetDateTime now() {
		return this.clock.instant().atOffset(ZoneOffset.UTC);
	}

	private PendingEvent pendingEvent(ResultSet rs, int row) throws SQLException {
		return new PendingEvent(rs.getObject("id", UUID.class), rs.getString("topic"), rs.getString("event_key"),
				rs.getString("payload"), this.jsonMapper.readValue(rs.getString("headers"), HEADERS_TYPE));
	}

	private record PendingEvent(UUID id, String topic, String key, String payload, Map<String, String> headers) {

	}

	/**
	 * What one batch did.
	 *
	 * @param claimed rows taken
	 * @param published rows the broker acknowledged
	 * @param failed whether a send failed (the batch stopped there)
	 */
	record RelayOutcome(int claimed, int published, boolean failed) {

	}

}
