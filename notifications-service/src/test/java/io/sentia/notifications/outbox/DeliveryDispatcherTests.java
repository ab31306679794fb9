package io.sentia.notifications.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import io.sentia.notifications.delivery.Channel;
import io.sentia.notifications.delivery.ChannelSender;
import io.sentia.notifications.delivery.Message;
import io.sentia.notifications.delivery.SendResult;
import io.sentia.notifications.delivery.Target;
import io.sentia.notifications.members.Member;
import io.sentia.notifications.QuietContext;
import io.sentia.notifications.members.MemberDirectory;
import io.sentia.notifications.outbox.DeliveryProperties.ChannelPolicy;
import io.sentia.notifications.secrets.SecretLinks;
import io.sentia.testkit.InfrastructureTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.transaction.support.TransactionOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dispatcher against the real database, with each channel's receiver scripted: it
 * retries with back-off, keeps webhooks in order per target, lets no dead or rate-limited
 * target hold back another, waits (never drops) when a channel has no sender, gives up
 * visibly, and disables a target after a streak, telling the tenant's admins. The
 * service's own dispatcher and listeners are off, so only the one under test sends.
 */
@QuietContext
class DeliveryDispatcherTests extends InfrastructureTests {

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TransactionOperations transaction;

	@Autowired
	private SecretLinks links;

	@Autowired
	private JsonMapper json;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private TaskScheduler scheduler;

	@Autowired
	private MeterRegistry meters;

	@Autowired
	private MemberDirectory members;

	@Autowired
	private DeliveryHealthIndicator health;

	private String tenant;

	private DeliveryOutbox outbox;

	@BeforeEach
	void newTenant() {
		this.tenant = UUID.randomUUID().toString();
	}

	@Test
	void retriesWithBackoffUntilDeliveredAndLogsEveryAttempt() {
		ScriptedSender email = new ScriptedSender(Channel.EMAIL).then("ann@example.com",
				new SendResult.Retry("SMTP 451 try later", 451, Duration.ofMillis(12), null));
		DeliveryDispatcher dispatcher = dispatcher(properties(3, Map.of()), email);
		UUID id = enqueue(new Target(Channel.EMAIL, "ann@example.com", "Ann"));

		await().atMost(PATIENCE).until(() -> {
			dispatcher.sweep();
			return "delivered".equals(status(id));
		});
		assertThat(this.jdbc.sql("""
				SELECT attempt || ' ' || outcome || ' ' || coalesce(status_code::text, '-') FROM delivery_attempt
				WHERE delivery_id = ? ORDER BY attempt
				""").param(id).query(String.class).list()).containsExactly("1 retry 451", "2 delivered 200");
		assertThat(email.attemptsAt("ann@example.com")).containsExactly(id, id);
	}

	@Test
	void aChannelWithoutASenderWaitsWithAReasonAndIsNeverDropped() {
		DeliveryDispatcher dispatcher = dispatcher(properties(3, Map.of()));
		UUID id = enqueue(new Target(Channel.TEAMS, "teams-config-1", null));
		dispatcher.sweep();
		await().atMost(PATIENCE).until(() -> "pending".equals(status(id)) && reason(id) != null);
		assertThat(reason(id)).contains("No sender for channel TEAMS");
		assertThat(attempts(id)).isZero();
	}

	@Test
	void aWebhookWaitsWhileAnEarlierDeliveryToTheSameTargetIsPending() {
		ScriptedSender webhooks = new ScriptedSender(Channel.WEBHOOK).then("sub-1",
				new SendResult.Retry("HTTP 503", 503, Duration.ofMillis(5), Duration.ofMillis(300)));
		DeliveryDispatcher dispatcher = dispatcher(properties(3, Map.of()), webhooks);
		UUID first = enqueue(new Target(Channel.WEBHOOK, "sub-1", null));
		UUID second = enqueue(new Target(Channel.WEBHOOK, "sub-1", null));
		UUID other = enqueue(new Target(Channel.WEBHOOK, "sub-2", null));

		await().atMost(PATIENCE).until(() -> {
			dispatcher.sweep();
			return "delivered".equals(status(second)) && "delivered".equals(status(other));
		});
		assertThat(webhooks.attemptsAt("sub-1")).containsExactly(first, first, second);
	}

	@Test
	void aDeadTargetOpensItsOwnCircuitAndHoldsBackNoOtherTarget() {
		Map<Channel, ChannelPolicy> policies = Map.of(Channel.WEBHOOK, new ChannelPolicy(Duration.ofMillis(10),
				Duration.ofMillis(20), Duration.ofHours(1), 100, 50, 3, Duration.ofMinutes(5)));
		ScriptedSender webhooks = new ScriptedSender(Channel.WEBHOOK).always("dead",
				new SendResult.Retry("connection refused", null, Duration.ofMillis(1), null));
		DeliveryDispatcher dispatcher = dispatcher(properties(100, policies), webhooks);
		UUID dead = enqueue(new Target(Channel.WEBHOOK, "dead", null));
		UUID alive = enqueue(new Target(Channel.WEBHOOK, "alive", null));

		await().atMost(PATIENCE).until(() -> {
			dispatcher.sweep();
			return reason(dead) != null && reason(dead).startsWith("Circuit open");
		});
		assertThat(status(alive)).isEqualTo("delivered");
		assertThat(webhooks.attemptsAt("dead")).hasSize(3);
	}

	@Test
	void aTargetIsRateLimitedWithoutLosingItsDeliveries() {
		Map<Channel, ChannelPolicy> policies = Map.of(Channel.SLACK, new ChannelPolicy(Duration.ofSeconds(1),
				Duration.ofSeconds(1), Duration.ofHours(1), 1, 50, 5, Duration.ofSeconds(30)));
		ScriptedSender slack = new ScriptedSender(Channel.SLACK);
		DeliveryDispatcher dispatcher = dispatcher(properties(3, policies), slack);
		List<UUID> ids = List.of(enqueue(new Target(Channel.SLACK, "slack-1", null)),
				enqueue(new Target(Channel.SLACK, "slack-1", null)),
				enqueue(new Target(Channel.SLACK, "slack-1", null)));

		dispatcher.sweep();
		await().atMost(PATIENCE).until(() -> ids.stream().noneMatch((id) -> "sending".equals(status(id))));
		assertThat(slack.attempts).hasSize(1);
		assertThat(
				ids.stream().map(this::reason).filter((reason) -> reason != null && reason.startsWith("Rate limited")))
			.hasSize(2);
		await().atMost(PATIENCE).until(() -> {
			dispatcher.sweep();
			return ids.stream().allMatch((id) -> "delivered".equals(status(id)));
		});
	}

	@Test
	void aDeliveryIsGivenUpVisiblyWhenItsTimeRunsOut() {
		Map<Channel, ChannelPolicy> policies = Map.of(Channel.EMAIL, new ChannelPolicy(Duration.ofMillis(200),
				Duration.ofMillis(200), Duration.ofMillis(300), 100, 50, 100, Duration.ofSeconds(30)));
		ScriptedSender email = new ScriptedSender(Channel.EMAIL).always("bob@example.com",
				new SendResult.Retry("SMTP server unreachable", null, Duration.ofMillis(1), null));
		DeliveryDispatcher dispatcher = dispatcher(properties(3, policies), email);
		UUID id = enqueue(new Target(Channel.EMAIL, "bob@example.com", null));
		await().atMost(PATIENCE).until(() -> {
			dispatcher.sweep();
			return "failed".equals(status(id));
		});
		assertThat(reason(id)).startsWith("Gave up after").contains("SMTP server unreachable");
	}

	@Test
	void healthIsDegradedWhileEmailWaitsOnFailuresAndUpWhenItIsDelivered() {
		ScriptedSender email = new ScriptedSender(Channel.EMAIL).then("cat@example.com",
				new SendResult.Retry("SMTP server unreachable", null, Duration.ofMillis(1), Duration.ofSeconds(2)));
		DeliveryDispatcher dispatcher = dispatcher(properties(3, Map.of()), email);
		// Other tests' e-mail may wait in this database too (the matrix replays one while
		// no sender is about), so the count is compared with what waited before.
		long before = emailWaiting();
		UUID id = enqueue(new Target(Channel.EMAIL, "cat@example.com", null));
		dispatcher.sweep();
		await().atMost(PATIENCE).until(() -> attempts(id) == 1 && "pending".equals(status(id)));
		assertThat(this.health.health().getStatus()).isEqualTo(new Status("DEGRADED"));
		assertThat(emailWaiting()).isEqualTo(before + 1);
		await().atMost(PATIENCE).until(() -> {
			dispatcher.sweep();
			return "delivered".equals(status(id));
		});
		assertThat(emailWaiting()).isEqualTo(before);
		assertThat(this.health.health().getStatus()).isEqualTo((before == 0) ? Status.UP : new Status("DEGRADED"));
	}

	private long emailWaiting() {
		return ((Number) this.health.health().getDetails().get("emailWaitingOnFailures")).longValue();
	}

	@Test
	void aStreakOfFailuresDisablesTheTargetAndTellsTheTenantsAdmins() {
		String admin = UUID.randomUUID().toString();
		this.members.upsert(new Member(this.tenant, admin, "root@example.com", "Root", List.of("ADMIN"), true, null,
				Instant.now()));
		ScriptedSender slack = new ScriptedSender(Channel.SLACK).always("slack-gone",
				new SendResult.Rejected("HTTP 404 no_service", 404, Duration.ofMillis(2)));
		DeliveryDispatcher dispatcher = dispatcher(properties(3, Map.of()), slack);
		List<UUID> ids = List.of(enqueue(new Target(Channel.SLACK, "slack-gone", null)),
				enqueue(new Target(Channel.SLACK, "slack-gone", null)),
				enqueue(new Target(Channel.SLACK, "slack-gone", null)));

		await().atMost(PATIENCE).until(() -> {
			dispatcher.sweep();
			return ids.stream().allMatch((id) -> "failed".equals(status(id)));
		});
		await().atMost(PATIENCE).until(() -> slack.disabled.size() == 1);
		assertThat(slack.disabled.getFirst()).startsWith("slack-gone: 3 deliveries in a row failed");
		assertThat(this.jdbc.sql("""
				SELECT n.kind || ' ' || d.channel || ' ' || d.target_id FROM notification n JOIN delivery d
				USING (notification_id) WHERE n.tenant_id = ? ORDER BY d.channel
				""").param(this.tenant).query(String.class).list())
			.containsExactly("channel_disabled EMAIL root@example.com", "channel_disabled IN_APP " + admin);
	}

	private DeliveryProperties properties(int failureStreak, Map<Channel, ChannelPolicy> policies) {
		Map<Channel, ChannelPolicy> fast = new EnumMap<>(Channel.class);
		for (Channel channel : Channel.values()) {
			fast.put(channel, new ChannelPolicy(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofHours(1),
					100, 50, 100, Duration.ofSeconds(30)));
		}
		fast.putAll(policies);
		return new DeliveryProperties(false, Duration.ofMillis(100), 50, 8, Duration.ofMinutes(2),
				Duration.ofMinutes(5), failureStreak, fast);
	}

	private DeliveryDispatcher dispatcher(DeliveryProperties properties, ChannelSender... senders) {
		this.outbox = new DeliveryOutbox(this.jdbc, this.json, properties);
		return new DeliveryDispatcher(this.jdbc, this.transaction, List.of(senders), properties, this.links, this.json,
				this.events, this.scheduler, Clock.systemUTC(), this.meters);
	}

	private UUID enqueue(Target target) {
		UUID id = UUID.randomUUID();
		Instant now = Instant.now();
		this.transaction.executeWithoutResult((status) -> this.outbox.enqueue(new NewDelivery(id, this.tenant, null,
				"event-" + id, target, Message.Stage.RAISED, "alert.raised", "stockout_risk", "warning",
				"Stock runs out", Map.of("days", "5"), "{}", null, null, now, now, false, null), now));
		return id;
	}

	private String status(UUID id) {
		return this.jdbc.sql("SELECT status FROM delivery WHERE delivery_id = ?")
			.param(id)
			.query(String.class)
			.single();
	}

	private String reason(UUID id) {
		return this.jdbc.sql("SELECT last_reason FROM delivery WHERE delivery_id = ?")
			.param(id)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private int attempts(UUID id) {
		return this.jdbc.sql("SELECT attempts FROM delivery WHERE delivery_id = ?")
			.param(id)
			.query(Integer.class)
			.single();
	}

}
