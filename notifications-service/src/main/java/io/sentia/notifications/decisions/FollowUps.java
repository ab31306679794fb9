package io.sentia.notifications.decisions;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.sentia.notifications.delivery.Channel;
import io.sentia.notifications.delivery.Message;
import io.sentia.notifications.delivery.Target;
import io.sentia.notifications.members.Member;
import io.sentia.notifications.members.MemberDirectory;
import io.sentia.notifications.outbox.DeliveryOutbox;
import io.sentia.notifications.outbox.NewDelivery;
import io.sentia.notifications.rules.Rule;
import io.sentia.notifications.tenants.TenantDirectory;
import io.sentia.servicekit.security.Role;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What happens after a notification went out and nobody acted: reminders while its
 * episode is open, escalation of a critical one nobody acknowledged (to the members of
 * the next role up, VIEWER → OPERATOR → MANAGER → ADMIN, and on the rule's second
 * channel), and the daily digest of held e-mail. Each step runs in the caller's
 * transaction and claims its rows with {@code SKIP LOCKED}, so instances share the work.
 */
public class FollowUps {

	private static final TypeReference<Map<String, String>> FACTS = new TypeReference<>() {
	};

	private static final int BATCH = 100;

	private final JdbcClient jdbc;

	private final NotificationPlanner planner;

	private final MemberDirectory members;

	private final TenantDirectory tenants;

	private final DeliveryOutbox outbox;

	private final JsonMapper json;

	FollowUps(JdbcClient jdbc, NotificationPlanner planner, MemberDirectory members, TenantDirectory tenants,
			DeliveryOutbox outbox, JsonMapper json) {
		this.jdbc = jdbc;
		this.planner = planner;
		this.members = members;
		this.tenants = tenants;
		this.outbox = outbox;
		this.json = json;
	}

	/**
	 * Sends the reminders that are due.
	 * @param now the time
	 * @return how many notifications were reminded
	 */
	public int remind(Instant now) {
		List<Due> due = due("reminder_due_at", now);
		for (Due notification : due) {
			Occurrence reminder = notification.occurrence();
			String eventKey = "reminder:" + notification.id() + ":" + notification.dueAt().toEpochMilli();
			for (NotifiedTarget target : notification.targets()) {
				this.outbox.enqueue(NotificationPlanner.delivery(reminder, notification.id(), target.target(),
						Message.Stage.REMINDER, eventKey, now, false), now);
			}
			this.jdbc.sql("""
					UPDATE notification SET reminder_due_at = :next WHERE notification_id = :id
					""")
				.param("id", notification.id())
				.param("next", now.plusSeconds(60L * notification.reminderMinutes()).atOffset(ZoneOffset.UTC))
				.update();
		}
		return due.size();
	}

	/**
	 * Escalates the critical notifications nobody acknowledged in time.
	 * @param now the time
	 * @return how many notifications were escalated
	 */
	public int escalate(Instant now) {
		List<Due> due = due("escalation_due_at", now);
		for (Due notification : due) {
			Occurrence escalated = notification.occurrence();
			String eventKey = "escalation:" + notification.id();
			ZoneId zone = this.tenants.zone(notification.tenantId());
			Rule settings = new Rule(UUID.randomUUID(), "escalation", List.of(), List.of(), List.of(), List.of(),
					List.of(), null, null, notification.notifyResolved(), notification.escalateAfterMinutes(),
					notification.escalationChannel(), null, null, false, 8, true);
			String nextRole = nextRole(notification.role());
			if (nextRole != null) {
				Set<Channel> channels = new LinkedHashSet<>();
				notification.targets().forEach((target) -> channels.add(target.channel()));
				for (Member member : this.members.activeWithRole(notification.tenantId(), nextRole)) {
					NotificationPlanner.Recipient recipient = new NotificationPlanner.Recipient(member.userId(),
							member.userId(), settings, nextRole, new LinkedHashSet<>());
					channels.stream()
						.filter((channel) -> channel == Channel.EMAIL || channel == Channel.IN_APP)
						.forEach((channel) -> recipient.targets()
							.add(NotificationPlanner.personalTarget(channel, member)));
					this.planner.notify(escalated, notification.sourceKey(), recipient, zone, now,
							Message.Stage.ESCALATED, eventKey);
				}
			}
			secondChannel(notification, escalated, eventKey, now);
			this.jdbc
				.sql("UPDATE notification SET escalation_due_at = NULL, escalation_level = escalation_level + 1 "
						+ "WHERE notification_id = :id")
				.param("id", notification.id())
				.update();
		}
		return due.size();
	}

	private void secondChannel(Due notification, Occurrence escalated, String eventKey, Instant now) {
		Channel second = notification.escalationChannel();
		if (second == null || notification.userId() == null
				|| notification.targets().stream().anyMatch((target) -> target.channel() == second)) {
			return;
		}
		this.members.find(notification.tenantId(), notification.userId())
			.filter(Member::active)
			.ifPresent((member) -> this.outbox.enqueue(NotificationPlanner.delivery(escalated, notification.id(),
					NotificationPlanner.personalTarget(second, member), Message.Stage.ESCALATED, eventKey, now, false),
					now));
	}

	/**
	 * Collects held e-mail whose digest hour has come into one digest per address.
	 * @param now the time
	 * @return how many digests were written
	 */
	public int digest(Instant now) {
		List<Held> held = this.jdbc.sql("""
				SELECT delivery_id, tenant_id, target_id, target_name, title, severity, occurred_at FROM delivery
				WHERE status = 'held' AND due_at <= :now
				ORDER BY tenant_id, target_id, sequence
				LIMIT 1000
				FOR UPDATE SKIP LOCKED
				""")
			.param("now", now.atOffset(ZoneOffset.UTC))
			.query((row, number) -> new Held(row.getObject("delivery_id", UUID.class), row.getString("tenant_id"),
					row.getString("target_id"), row.getString("target_name"), row.getString("title")))
			.list();
		Map<List<String>, List<Held>> byTarget = new LinkedHashMap<>();
		held.forEach(
				(one) -> byTarget.computeIfAbsent(List.of(one.tenantId(), one.targetId()), (key) -> new ArrayList<>())
					.add(one));
		for (List<Held> group : byTarget.values()) {
			Held first = group.getFirst();
			Map<String, String> facts = new LinkedHashMap<>();
			for (int i = 0; i < group.size(); i++) {
				facts.put(Integer.toString(i + 1), group.get(i).title());
			}
			String eventKey = "digest:" + first.deliveryId();
			this.outbox.enqueue(new NewDelivery(UUID.randomUUID(), first.tenantId(), null, eventKey,
					new Target(Channel.EMAIL, first.targetId(), first.targetName()), Message.Stage.DIGEST, "digest",
					"digest", "info", "Your Sentia digest: " + group.size() + " notifications", facts,
					this.json.writeValueAsString(facts), null, null, now, now, false, null), now);
			this.jdbc.sql("UPDATE delivery SET status = 'digested' WHERE delivery_id = ANY (:ids)")
				.param("ids", group.stream().map(Held::deliveryId).toArray(UUID[]::new))
				.update();
		}
		return byTarget.size();
	}

	private List<Due> due(String column, Instant now) {
		return this.jdbc
			.sql("SELECT * FROM notification WHERE " + column + " <= :now AND acknowledged_at IS NULL "
					+ "AND resolved_at IS NULL ORDER BY " + column + " LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED")
			.param("now", now.atOffset(ZoneOffset.UTC))
			.query((row, number) -> due(row, column))
			.list();
	}

	private Due due(ResultSet row, String column) throws SQLException {
		String escalationChannel = row.getString("escalation_channel");
		String link = row.getString("link");
		return new Due(row.getObject("notification_id", UUID.class), row.getString("tenant_id"),
				row.getString("source_key"), row.getString("recipient_user_id"), row.getString("event_type"),
				row.getString("kind"), row.getString("severity"), row.getString("title"),
				this.json.readValue(row.getString("facts"), FACTS), row.getString("data"),
				(link != null) ? URI.create(link) : null,
				row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				this.planner.targets(row.getString("channels")), row.getString("escalation_role"),
				(Integer) row.getObject("escalate_after_minutes"),
				(escalationChannel != null) ? Channel.valueOf(escalationChannel) : null,
				(Integer) row.getObject("reminder_minutes"), row.getBoolean("notify_resolved"),
				row.getObject(column, OffsetDateTime.class).toInstant());
	}

	static @Nullable String nextRole(@Nullable String role) {
		if (role == null) {
			return null;
		}
		Role[] roles = Role.values();
		for (int i = 0; i < roles.length - 1; i++) {
			if (roles[i].name().equals(role)) {
				return roles[i + 1].name();
			}
		}
		return null;
	}

	/** A notification whose reminder or escalation is due. */
	private record Due(UUID id, String tenantId, String sourceKey, @Nullable String userId, String eventType,
			String kind, String severity, String title, Map<String, String> facts, String data, @Nullable URI link,
			Instant occurredAt, List<NotifiedTarget> targets, @Nullable String role,
			@Nullable Integer escalateAfterMinutes, @Nullable Channel escalationChannel,
			@Nullable Integer reminderMinutes, boolean notifyResolved, Instant dueAt) {

		/**
		 * The notification again, under its own title: the stage of each delivery says
		 * whether it is a reminder or an escalation (the mail subject, the feed's stage).
		 */
		Occurrence occurrence() {
			return new Occurrence(this.tenantId, null, this.sourceKey, this.id.toString(), this.eventType, this.kind,
					this.severity, this.title, this.facts, this.data, this.link, null, List.of(), this.occurredAt);
		}

	}

	/** An e-mail held for the digest. */
	private record Held(UUID deliveryId, String tenantId, String targetId, @Nullable String targetName, String title) {
	}

}
