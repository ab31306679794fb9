package io.sentia.notifications.outbox;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.sentia.notifications.delivery.Channel;
import io.sentia.notifications.delivery.ChannelSender;
import io.sentia.notifications.delivery.Message;
import io.sentia.notifications.delivery.SendResult;
import io.sentia.notifications.delivery.Target;
import io.sentia.notifications.outbox.DeliveryProperties.ChannelPolicy;
import io.sentia.notifications.secrets.SecretLinks;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Drains the outbox. Each sweep claims due deliveries ({@code FOR UPDATE SKIP LOCKED},
 * with a lease, so instances share the work and a crashed instance's claims come back),
 * then sends each on a virtual thread through its channel's {@link ChannelSender},
 * outside any transaction, and records the attempt. A webhook waits while an earlier
 * delivery to the same target is pending, so partners receive in order. Each target has a
 * rate limiter and a circuit breaker of its own: one slow or dead endpoint holds back
 * only its own deliveries. A delivery for a channel that has no sender waits with that
 * reason; nothing is dropped.
 * <p>
 * Sweeps run every {@code sweep-interval} (for retries that come due) and at once when
 * woken: when new deliveries are committed ({@link DeliveryOutbox} wakes it) and when a
 * webhook attempt ends (the target's next delivery may go). A sweep that claims a full
 * batch is followed by another at once.
 */
public class DeliveryDispatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);

	private static final TypeReference<Map<String, String>> FACTS = new TypeReference<>() {
	};

	private static final List<Channel> STREAK_CHANNELS = List.of(Channel.SLACK, Channel.TEAMS, Channel.WEBHOOK);

	private final JdbcClient jdbc;

	private final TransactionOperations transaction;

	private final Map<Channel, ChannelSender> senders;

	private final DeliveryProperties properties;

	private final SecretLinks links;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	private final TaskScheduler scheduler;

	private final Clock clock;

	private final MeterRegistry meters;

	private final SimpleAsyncTaskExecutor sends;

	private final RateLimiterRegistry rateLimiters = RateLimiterRegistry.ofDefaults();

	private final CircuitBreakerRegistry breakers = CircuitBreakerRegistry.ofDefaults();

	private volatile @Nullable ScheduledFuture<?> sweeps;

	/** Held while a sweep claims; a wake that finds it held asks for one more sweep. */
	private final ReentrantLock sweeping = new ReentrantLock();

	private final AtomicBoolean sweepAgain = new AtomicBoolean();

	private final AtomicBoolean wakeScheduled = new AtomicBoolean();

	DeliveryDispatcher(JdbcClient jdbc, TransactionOperations transaction, List<ChannelSender> senders,
			DeliveryProperties properties, SecretLinks links, JsonMapper json, ApplicationEventPublisher events,
			TaskScheduler scheduler, Clock clock, MeterRegistry meters) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.senders = new EnumMap<>(Channel.class);
		for (ChannelSender sender : senders) {
			if (this.senders.put(sender.channel(), sender) != null) {
				throw new IllegalStateException("Two senders for channel " + sender.channel());
			}
		}
		this.properties = properties;
		this.links = links;
		this.json = json;
		this.events = events;
		this.scheduler = scheduler;
		this.clock = clock;
		this.meters = meters;
		this.sends = new SimpleAsyncTaskExecutor("delivery-");
		this.sends.setVirtualThreads(true);
		this.sends.setConcurrencyLimit(properties.concurrency());
	}

	/**
	 * Claims the due deliveries and starts sending each; returns without waiting for the
	 * sends.
	 * @return how many were claimed
	 */
	public int sweep() {
		List<ClaimedDelivery> claimed = claim(this.clock.instant());
		for (ClaimedDelivery delivery : claimed) {
			this.sends.execute(() -> attempt(delivery));
		}
		return claimed.size();
	}

	private List<ClaimedDelivery> claim(Instant now) {
		List<ClaimedDelivery> claimed = this.transaction.execute((status) -> this.jdbc
			.sql("""
					UPDATE delivery d SET status = 'sending', lease_until = :leaseUntil
					FROM (SELECT c.delivery_id FROM delivery c
					      WHERE ((c.status = 'pending' AND c.due_at <= :now) OR (c.status = 'sending' AND c.lease_until < :now))
					        AND (c.channel <> 'WEBHOOK' OR NOT EXISTS (
					            SELECT 1 FROM delivery e
					            WHERE e.channel = c.channel AND e.target_id = c.target_id AND e.sequence < c.sequence
					              AND e.status IN ('pending', 'sending')))
					      ORDER BY c.due_at, c.sequence
					      LIMIT :batch
					      FOR UPDATE OF c SKIP LOCKED) due
					WHERE d.delivery_id = due.delivery_id
					RETURNING d.*, (SELECT n.sealed_ack_link FROM notification n
					                WHERE n.notification_id = d.notification_id) AS sealed_ack_link
					""")
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("leaseUntil", now.plus(this.properties.lease()).atOffset(ZoneOffset.UTC))
			.param("batch", this.properties.batchSize())
			.query(this::claimed)
			.list());
		return (claimed != null) ? claimed : List.of();
	}

	private ClaimedDelivery claimed(ResultSet row, int number) throws SQLException {
		UUID deliveryId = row.getObject("delivery_id", UUID.class);
		UUID notificationId = row.getObject("notification_id", UUID.class);
		byte[] sealedLink = row.getBytes("sealed_link");
		String link = row.getString("link");
		URI uri = (sealedLink != null) ? this.links.open(SecretLinks.ACCOUNT_MAIL, deliveryId.toString(), sealedLink)
				: (link != null) ? URI.create(link) : null;
		byte[] sealedAck = row.getBytes("sealed_ack_link");
		URI ack = (sealedAck != null && notificationId != null)
				? this.links.open(SecretLinks.ACKNOWLEDGE, notificationId.toString(), sealedAck) : null;
		String tenantId = row.getString("tenant_id");
		Target target = new Target(Channel.valueOf(row.getString("channel")), row.getString("target_id"),
				row.getString("target_name"));
		Message message = new Message(deliveryId, tenantId, row.getString("event_type"), row.getString("kind"),
				row.getString("severity"), Message.Stage.valueOf(row.getString("stage")), row.getString("title"),
				this.json.readValue(row.getString("facts"), FACTS), uri, ack, row.getString("data"),
				row.getObject("occurred_at", OffsetDateTime.class).toInstant());
		return new ClaimedDelivery(deliveryId, tenantId, target, message, row.getInt("attempts"),
				row.getObject("created_at", OffsetDateTime.class).toInstant(),
				row.getObject("give_up_at", OffsetDateTime.class).toInstant());
	}

	/**
	 * Asks for a sweep now rather than at the next periodic one: new deliveries were
	 * committed, or a webhook target's earlier delivery is done and the next may go.
	 * Wakes coalesce: at most one sweep waits to run, and one that is running sweeps once
	 * more.
	 */
	public void wake() {
		if (!isRunning()) {
			return;
		}
		this.sweepAgain.set(true);
		if (this.wakeScheduled.compareAndSet(false, true)) {
			this.scheduler.schedule(this::drain, this.scheduler.getClock().instant());
		}
	}

	/** Sweeps until a sweep finds less than a full batch and nobody asked for another. */
	private void drain() {
		this.wakeScheduled.set(false);
		if (!this.sweeping.tryLock()) {
			return;
		}
		try {
			int claimed;
			do {
				this.sweepAgain.set(false);
				claimed = sweep();
			}
			while (claimed >= this.properties.batchSize() || this.sweepAgain.get());
		}
		catch (RuntimeException ex) {
			// The next sweep tries again; a scheduled task that throws would never run
			// again.
			log.warn("Delivery sweep failed: {}", ex.toString());
		}
		finally {
			this.sweeping.unlock();
		}
	}

	void attempt(ClaimedDelivery delivery) {
		try {
			send(delivery);
			if (delivery.target().channel() == Channel.WEBHOOK) {
				// The target's next delivery waited for this one.
				wake();
			}
		}
		catch (RuntimeException ex) {
			// The lease brings the delivery back; the next sweep tries again.
			log.warn("Delivery {} on {} could not be attempted: {}", delivery.deliveryId(), delivery.target().channel(),
					ex.getClass().getSimpleName());
		}
	}

	private void send(ClaimedDelivery delivery) {
		Target target = delivery.target();
		ChannelPolicy policy = this.properties.policy(target.channel());
		ChannelSender sender = this.senders.get(target.channel());
		if (sender == null) {
			release(delivery, this.properties.noSenderRecheck(),
					"No sender for channel " + target.channel() + " is installed; the delivery waits for one");
			return;
		}
		if (!rateLimiter(target, policy).acquirePermission()) {
			release(delivery, Duration.ofMillis((long) Math.ceil(1000 / policy.permitsPerSecond())),
					"Rate limited: at most " + policy.permitsPerSecond() + " per second to this target");
			return;
		}
		CircuitBreaker breaker = breaker(target, policy);
		if (!breaker.tryAcquirePermission()) {
			release(delivery, policy.breakerOpenFor(), "Circuit open: this target failed repeatedly; waiting");
			return;
		}
		long started = System.nanoTime();
		SendResult result;
		try {
			result = sender.send(target, delivery.message());
		}
		catch (RuntimeException ex) {
			result = new SendResult.Retry(
					"The " + target.channel() + " sender failed: " + ex.getClass().getSimpleName(), null,
					Duration.ofNanos(System.nanoTime() - started), null);
		}
		long took = System.nanoTime() - started;
		if (result instanceof SendResult.Retry) {
			breaker.onError(took, TimeUnit.NANOSECONDS, new DeliveryFailedException(result));
		}
		else {
			breaker.onSuccess(took, TimeUnit.NANOSECONDS);
		}
		record(delivery, result, sender);
	}

	private void release(ClaimedDelivery delivery, Duration wait, String reason) {
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				UPDATE delivery SET status = 'pending', due_at = :due, lease_until = NULL, last_reason = :reason
				WHERE delivery_id = :id AND status = 'sending'
				""")
			.param("id", delivery.deliveryId())
			.param("due", now.plus(wait).atOffset(ZoneOffset.UTC))
			.param("reason", reason)
			.update();
	}

	private void record(ClaimedDelivery delivery, SendResult result, ChannelSender sender) {
		Instant now = this.clock.instant();
		Target target = delivery.target();
		int attempt = delivery.attempts() + 1;
		TargetDisabled disabled = this.transaction.execute((status) -> {
			this.jdbc.sql("""
					INSERT INTO delivery_attempt (delivery_id, attempt, attempted_at, status_code, took_millis, outcome,
					                              reason)
					VALUES (:id, :attempt, :now, :status, :took, :outcome, :reason)
					""")
				.param("id", delivery.deliveryId())
				.param("attempt", attempt)
				.param("now", now.atOffset(ZoneOffset.UTC))
				.param("status", status(result))
				.param("took", result.took().toMillis())
				.param("outcome", outcome(result))
				.param("reason", reason(result))
				.update();
			switch (result) {
				case SendResult.Delivered delivered -> finish(delivery, attempt, "delivered", null, now);
				case SendResult.Rejected rejected -> finish(delivery, attempt, "failed", rejected.reason(), now);
				case SendResult.Retry retry -> retry(delivery, attempt, retry, now);
			}
			return streak(delivery, result);
		});
		this.meters
			.counter("sentia.notifications.delivery.attempts", "channel", target.channel().name(), "outcome",
					outcome(result))
			.increment();
		if (disabled != null) {
			try {
				sender.disable(disabled.tenantId(), disabled.target(), disabled.reason());
			}
			catch (RuntimeException ex) {
				log.warn("Disabling a {} target failed: {}", target.channel(), ex.getClass().getSimpleName());
			}
		}
	}

	private void finish(ClaimedDelivery delivery, int attempt, String status, @Nullable String reason, Instant now) {
		this.jdbc.sql("""
				UPDATE delivery SET status = :status, attempts = :attempt, last_reason = :reason, lease_until = NULL,
				    delivered_at = CASE WHEN :status = 'delivered' THEN CAST(:now AS timestamptz) END
				WHERE delivery_id = :id
				""")
			.param("id", delivery.deliveryId())
			.param("status", status)
			.param("attempt", attempt)
			.param("reason", reason)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
	}

	private void retry(ClaimedDelivery delivery, int attempt, SendResult.Retry retry, Instant now) {
		ChannelPolicy policy = this.properties.policy(delivery.target().channel());
		Duration wait = (retry.retryAfter() != null) ? retry.retryAfter()
				: Backoff.delay(policy, attempt, ThreadLocalRandom.current()::nextDouble);
		Instant next = now.plus(wait);
		if (next.isAfter(delivery.giveUpAt())) {
			finish(delivery, attempt, "failed", "Gave up after " + attempt + " attempts: " + retry.reason(), now);
			return;
		}
		this.jdbc.sql("""
				UPDATE delivery SET status = 'pending', attempts = :attempt, last_reason = :reason, lease_until = NULL,
				    due_at = :due
				WHERE delivery_id = :id
				""")
			.param("id", delivery.deliveryId())
			.param("attempt", attempt)
			.param("reason", retry.reason())
			.param("due", next.atOffset(ZoneOffset.UTC))
			.update();
	}

	private @Nullable TargetDisabled streak(ClaimedDelivery delivery, SendResult result) {
		Target target = delivery.target();
		if (!STREAK_CHANNELS.contains(target.channel())) {
			return null;
		}
		if (result instanceof SendResult.Delivered) {
			this.jdbc.sql("""
					UPDATE target_health SET consecutive_failures = 0, disabled_at = NULL
					WHERE channel = :channel AND target_id = :target
					""").param("channel", target.channel().name()).param("target", target.id()).update();
			return null;
		}
		Integer failures = this.jdbc
			.sql("""
					INSERT INTO target_health (channel, target_id, tenant_id, consecutive_failures)
					VALUES (:channel, :target, :tenant, 1)
					ON CONFLICT (channel, target_id) DO UPDATE SET consecutive_failures = target_health.consecutive_failures + 1
					RETURNING CASE WHEN disabled_at IS NULL THEN consecutive_failures ELSE 0 END
					""")
			.param("channel", target.channel().name())
			.param("target", target.id())
			.param("tenant", delivery.tenantId())
			.query(Integer.class)
			.single();
		if (failures < this.properties.failureStreak()) {
			return null;
		}
		this.jdbc.sql("UPDATE target_health SET disabled_at = :now WHERE channel = :channel AND target_id = :target")
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("channel", target.channel().name())
			.param("target", target.id())
			.update();
		TargetDisabled disabled = new TargetDisabled(delivery.tenantId(), target,
				failures + " deliveries in a row failed; the last: " + reason(result));
		this.events.publishEvent(disabled);
		return disabled;
	}

	private RateLimiter rateLimiter(Target target, ChannelPolicy policy) {
		return this.rateLimiters.rateLimiter(target.key(), () -> {
			double perSecond = policy.permitsPerSecond();
			boolean slow = perSecond < 1;
			return RateLimiterConfig.custom()
				.limitForPeriod(slow ? 1 : (int) Math.floor(perSecond))
				.limitRefreshPeriod(slow ? Duration.ofMillis((long) (1000 / perSecond)) : Duration.ofSeconds(1))
				.timeoutDuration(Duration.ZERO)
				.build();
		});
	}

	private CircuitBreaker breaker(Target target, ChannelPolicy policy) {
		return this.breakers.circuitBreaker(target.key(),
				() -> CircuitBreakerConfig.custom()
					.failureRateThreshold(policy.breakerFailureRate())
					.minimumNumberOfCalls(policy.breakerMinimumCalls())
					.slidingWindowSize(Math.max(policy.breakerMinimumCalls() * 2, 10))
					.waitDurationInOpenState(policy.breakerOpenFor())
					.permittedNumberOfCallsInHalfOpenState(1)
					.build());
	}

	private static @Nullable Integer status(SendResult result) {
		return switch (result) {
			case SendResult.Delivered delivered -> delivered.status();
			case SendResult.Retry retry -> retry.status();
			case SendResult.Rejected rejected -> rejected.status();
		};
	}

	private static String outcome(SendResult result) {
		return switch (result) {
			case SendResult.Delivered delivered -> "delivered";
			case SendResult.Retry retry -> "retry";
			case SendResult.Rejected rejected -> "rejected";
		};
	}

	private static @Nullable String reason(SendResult result) {
		return switch (result) {
			case SendResult.Delivered delivered -> null;
			case SendResult.Retry retry -> retry.reason();
			case SendResult.Rejected rejected -> rejected.reason();
		};
	}

	@Override
	public boolean isAutoStartup() {
		return this.properties.enabled();
	}

	@Override
	public void start() {
		Duration interval = this.properties.sweepInterval();
		this.sweeps = this.scheduler.scheduleWithFixedDelay(this::drain,
				this.scheduler.getClock().instant().plus(interval), interval);
	}

	@Override
	public void stop() {
		ScheduledFuture<?> scheduled = this.sweeps;
		if (scheduled != null) {
			scheduled.cancel(false);
			this.sweeps = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.sweeps != null;
	}

	/** Counts a retryable failure in a target's circuit breaker. */
	static final class DeliveryFailedException extends RuntimeException {

		DeliveryFailedException(SendResult result) {
			super(reason(result), null, false, false);
		}

	}

}
