package io.sentia.integrations.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.sentia.integrations.connector.WebhookDelivery;
import io.sentia.integrations.connector.WebhookHandler;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ExecutorConfigurationSupport;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands queued deliveries to their provider's {@link WebhookHandler} on a bounded pool of
 * workers: each delivery as soon as its row commits, and every {@code sweepInterval} the
 * queued ones that are due (a full pool, a failed attempt's back-off, a crash). A
 * delivery is claimed before it is handled, so two workers or instances never handle it
 * at once; a handler's work and the "done" mark commit together.
 * <p>
 * The workers are the {@code webhookWorkers} pool and the sweep a fixed-delay task on the
 * service's {@link TaskScheduler}: Spring pauses and resumes both with the context, so a
 * stopped dispatcher starts again; its own stop ends the sweep and the hand-overs, after
 * the web server has answered its last webhooks and before the workers finish theirs.
 * <p>
 * Metrics: timer {@value #PROCESSED} (received to done or failed) tagged {@code provider}
 * and {@code outcome}; gauge {@value #BACKLOG} tagged {@code status} ({@code queued},
 * {@code failed}; all tenants, as of the last sweep).
 */
class WebhookDispatcher implements SmartLifecycle {

	static final String PROCESSED = "sentia.integrations.webhook.processed";

	static final String BACKLOG = "sentia.integrations.webhook.deliveries";

	private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

	private final WebhookDeliveries deliveries;

	private final WebhookHandlers handlers;

	private final WebhookProperties properties;

	private final TransactionTemplate transaction;

	private final MeterRegistry meters;

	private final Clock clock;

	private final TaskExecutor workers;

	private final TaskScheduler scheduler;

	private final AtomicLong queued = new AtomicLong();

	private final AtomicLong failed = new AtomicLong();

	private volatile @Nullable ScheduledFuture<?> sweeps;

	/**
	 * Creates a dispatcher; it hands deliveries over between {@link #start()} and
	 * {@link #stop()}.
	 * @param workers runs the handlers; bounded, and drops a hand-over when full (the
	 * sweep finds the delivery in the table)
	 * @param scheduler runs the sweep
	 */
	WebhookDispatcher(WebhookDeliveries deliveries, WebhookHandlers handlers, WebhookProperties properties,
			PlatformTransactionManager transactions, MeterRegistry meters, Clock clock, TaskExecutor workers,
			TaskScheduler scheduler) {
		this.deliveries = deliveries;
		this.handlers = handlers;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.meters = meters;
		this.clock = clock;
		this.workers = workers;
		this.scheduler = scheduler;
		Gauge.builder(BACKLOG, this.queued, AtomicLong::get)
			.description("Webhook deliveries waiting for an attempt, all tenants, as of the last sweep")
			.tag("status", "queued")
			.register(meters);
		Gauge.builder(BACKLOG, this.failed, AtomicLong::get)
			.description("Webhook deliveries whose attempts ran out, all tenants, as of the last sweep")
			.tag("status", "failed")
			.register(meters);
	}

	/**
	 * Processes the delivery soon, on a worker; while stopped, the sweep after the next
	 * start picks it up.
	 */
	void submit(UUID id) {
		if (isRunning()) {
			this.workers.execute(() -> process(id));
		}
	}

	/** Submits every queued delivery that is due. */
	void sweep() {
		List<UUID> due = this.deliveries.due(this.properties.sweepBatch());
		due.forEach(this::submit);
		Map<String, Long> backlog = this.deliveries.backlog();
		this.queued.set(backlog.get("queued"));
		this.failed.set(backlog.get("failed"));
	}

	/** One attempt at a delivery, if it is still queued and due. */
	void process(UUID id) {
		Optional<WebhookDeliveries.Claim> claimed = this.transaction
			.execute((status) -> this.deliveries.claim(id, this.clock.instant().plus(this.properties.lease())));
		if (claimed == null || claimed.isEmpty()) {
			return;
		}
		WebhookDelivery delivery = claimed.get().delivery();
		int attempt = claimed.get().attempt();
		try {
			this.transaction.executeWithoutResult((status) -> {
				WebhookHandler handler = this.handlers.of(delivery.provider())
					.orElseThrow(() -> new IllegalStateException(
							"no webhook handler for " + delivery.provider().id() + " in this build"));
				handler.handle(delivery);
				this.deliveries.markDone(id);
			});
			record(delivery, "done");
		}
		catch (RuntimeException ex) {
			failed(id, delivery, attempt, ex);
		}
	}

	private void failed(UUID id, WebhookDelivery delivery, int attempt, RuntimeException ex) {
		String error = ex.getClass().getSimpleName() + ": " + ex.getMessage();
		if (attempt >= this.properties.maxAttempts()) {
			log.error("Webhook delivery {} {} ({}) failed for good after {} attempts: {}", delivery.provider().id(),
					delivery.deliveryId(), delivery.topic(), attempt, error);
			this.transaction.executeWithoutResult((status) -> this.deliveries.markFailed(id, error));
			record(delivery, "failed");
			return;
		}
		Duration backoff = this.properties.backoffAfter(attempt);
		log.warn("Webhook delivery {} {} ({}) attempt {} failed, retrying in {}: {}", delivery.provider().id(),
				delivery.deliveryId(), delivery.topic(), attempt, backoff, error);
		this.transaction.executeWithoutResult(
				(status) -> this.deliveries.retryLater(id, error, this.clock.instant().plus(backoff)));
	}

	private void record(WebhookDelivery delivery, String outcome) {
		Duration latency = Duration.between(delivery.receivedAt(), this.clock.instant());
		Timer.builder(PROCESSED)
			.description("Webhook deliveries from receipt to processed (or failed for good)")
			.tag("provider", delivery.provider().id())
			.tag("outcome", outcome)
			.register(this.meters)
			.record(latency.isNegative() ? Duration.ZERO : latency);
	}

	@Override
	public void start() {
		if (this.sweeps == null) {
			Duration interval = this.properties.sweepInterval();
			this.sweeps = this.scheduler.scheduleWithFixedDelay(this::sweepQuietly,
					this.scheduler.getClock().instant().plus(interval), interval);
		}
	}

	private void sweepQuietly() {
		try {
			sweep();
		}
		catch (RuntimeException ex) {
			// The next sweep tries again; a scheduled task that throws would never run
			// again.
			log.warn("Webhook sweep failed: {}", ex.getMessage());
		}
	}

	@Override
	public void stop() {
		ScheduledFuture<?> scheduled = this.sweeps;
		this.sweeps = null;
		if (scheduled != null) {
			scheduled.cancel(false);
		}
	}

	@Override
	public boolean isRunning() {
		return this.sweeps != null;
	}

	/** Like the outbox relay: after the web server, before the executors. */
	@Override
	public int getPhase() {
		return ExecutorConfigurationSupport.DEFAULT_PHASE + 1;
	}

}
