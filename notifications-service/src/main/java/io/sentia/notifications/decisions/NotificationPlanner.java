package io.sentia.notifications.decisions;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.sentia.notifications.delivery.Channel;
import io.sentia.notifications.delivery.ChannelTargets;
import io.sentia.notifications.delivery.Message;
import io.sentia.notifications.delivery.Target;
import io.sentia.notifications.members.Member;
import io.sentia.notifications.members.MemberDirectory;
import io.sentia.notifications.outbox.DeliveryOutbox;
import io.sentia.notifications.outbox.NewDelivery;
import io.sentia.notifications.rules.ChannelChoice;
import io.sentia.notifications.rules.Rule;
import io.sentia.notifications.rules.RuleBook;
import io.sentia.notifications.secrets.SecretLinks;
import io.sentia.notifications.tenants.TenantDirectory;
import io.sentia.servicekit.security.Role;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Turns an {@link Occurrence} into notifications and deliveries by the tenant's rules,
 * inside the caller's transaction (the one that records the consumed event): one
 * notification per episode (or source) and recipient, one delivery per event, target and
 * channel. Quiet hours defer what is not critical; a daily digest holds non-critical
 * e-mail; webhooks subscribed to the event type get it too.
 */
public class NotificationPlanner {

	private final JdbcClient jdbc;

	private final RuleBook rules;

	private final MemberDirectory members;

	private final TenantDirectory tenants;

	private final DeliveryOutbox outbox;

	private final @Nullable ChannelTargets channelTargets;

	private final AppLinks links;

	private final SecretLinks secrets;

	private final JsonMapper json;

	NotificationPlanner(JdbcClient jdbc, RuleBook rules, MemberDirectory members, TenantDirectory tenants,
			DeliveryOutbox outbox, @Nullable ChannelTargets channelTargets, AppLinks links, SecretLinks secrets,
			JsonMapper json) {
		this.jdbc = jdbc;
		this.rules = rules;
		this.members = members;
		this.tenants = tenants;
		this.outbox = outbox;
		this.channelTargets = channelTargets;
		this.links = links;
		this.secrets = secrets;
		this.json = json;
	}

	/**
	 * Decides who hears about an occurrence and writes it down.
	 * @param occurrence what happened
	 * @param now the time of the decision
	 * @return how many notifications were written
	 */
	public int plan(Occurrence occurrence, Instant now) {
		List<Rule> matching = this.rules.rulesOf(occurrence.tenantId())
			.stream()
			.filter((rule) -> rule.applies(occurrence.kind(), occurrence.severity(), occurrence.value()))
			.toList();
		String sourceKey = occurrence.sourceKey();
		if (occurrence.dedupKey() != null) {
			if (matching.isEmpty()) {
				// No episode without anyone to tell: a count below the threshold now must
				// not silence a count above it later.
				webhooks(occurrence, now);
				return 0;
			}
			UUID episode = openEpisode(occurrence, now);
			if (episode == null) {
				return 0;
			}
			sourceKey = "episode:" + episode;
		}
		ZoneId zone = this.tenants.zone(occurrence.tenantId());
		int written = 0;
		for (Recipient recipient : recipients(occurrence, matching).values()) {
			written += (notify(occurrence, sourceKey, recipient, zone, now, Message.Stage.RAISED,
					occurrence.eventKey()) != null) ? 1 : 0;
		}
		webhooks(occurrence, now);
		return written;
	}

	/**
	 * Closes an open episode: its notifications stop reminding and escalating, and where
	 * the rule asked for it the same people hear that it cleared.
	 * @param tenantId the tenant
	 * @param dedupKey the condition
	 * @param resolution what to say, as an occurrence (its {@code eventKey} names the
	 * resolving event)
	 * @param now the time
	 * @return whether an episode was open
	 */
	public boolean resolve(String tenantId, String dedupKey, Occurrence resolution, Instant now) {
		UUID episode = this.jdbc.sql("""
				UPDATE alert_episode SET resolved_at = :now
				WHERE tenant_id = :tenant AND dedup_key = :dedupKey AND resolved_at IS NULL
				RETURNING episode_id
				""")
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("tenant", tenantId)
			.param("dedupKey", dedupKey)
			.query(UUID.class)
			.optional()
			.orElse(null);
		webhooks(resolution, now);
		if (episode == null) {
			return false;
		}
		List<Notified> notified = this.jdbc.sql("""
				UPDATE notification SET resolved_at = :now, reminder_due_at = NULL, escalation_due_at = NULL
				WHERE tenant_id = :tenant AND source_key = :source
				RETURNING notification_id, notify_resolved, channels
				""")
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("tenant", tenantId)
			.param("source", "episode:" + episode)
			.query((row, number) -> new Notified(row.getObject("notification_id", UUID.class),
					row.getBoolean("notify_resolved"), targets(row.getString("channels"))))
			.list();
		for (Notified notification : notified) {
			if (notification.notifyResolved()) {
				for (NotifiedTarget target : notification.targets()) {
					this.outbox.enqueue(delivery(resolution, notification.id(), target.target(), Message.Stage.RESOLVED,
							resolution.eventKey() + ":" + dedupKey, now, false), now);
				}
			}
		}
		return true;
	}

	private @Nullable UUID openEpisode(Occurrence occurrence, Instant now) {
		return this.jdbc.sql("""
				INSERT INTO alert_episode (episode_id, tenant_id, dedup_key, kind, opened_at)
				VALUES (:id, :tenant, :dedupKey, :kind, :now)
				ON CONFLICT (tenant_id, dedup_key) WHERE resolved_at IS NULL DO NOTHING
				RETURNING episode_id
				""")
			.param("id", UUID.randomUUID())
			.param("tenant", occurrence.tenantId())
			.param("dedupKey", occurrence.dedupKey())
			.param("kind", occurrence.kind())
			.param("now", now.atOffset(ZoneOffset.UTC))
			.query(UUID.class)
			.optional()
			.orElse(null);
	}

	private Map<String, Recipient> recipients(Occurrence occurrence, List<Rule> matching) {
		Map<String, Recipient> recipients = new LinkedHashMap<>();
		for (Rule rule : matching) {
			List<ChannelChoice> personal = rule.channels().stream().filter(ChannelChoice::personal).toList();
			for (String role : rule.roles()) {
				for (Member member : this.members.activeWithRole(occurrence.tenantId(), role)) {
					person(recipients, member, rule, role, personal);
				}
			}
			List<String> users = new ArrayList<>(rule.users());
			users.addAll(occurrence.subjects());
			for (String user : users) {
				this.members.find(occurrence.tenantId(), user)
					.filter(Member::active)
					.ifPresent((member) -> person(recipients, member, rule, null, personal));
			}
			for (ChannelChoice shared : rule.channels()) {
				if (!shared.personal()) {
					Target target = new Target(shared.channel(), shared.targetId(), null);
					recipients.computeIfAbsent(target.key(), (key) -> new Recipient(key, null, rule, null))
						.targets()
						.add(target);
				}
			}
		}
		return recipients;
	}

	private static void person(Map<String, Recipient> recipients, Member member, Rule rule, @Nullable String role,
			List<ChannelChoice> channels) {
		Recipient recipient = recipients.computeIfAbsent(member.userId(),
				(key) -> new Recipient(key, member.userId(), rule, (role != null) ? role : highestRole(member)));
		for (ChannelChoice choice : channels) {
			recipient.targets().add(personalTarget(choice.channel(), member));
		}
	}

	static Target personalTarget(Channel channel, Member member) {
		return (channel == Channel.EMAIL) ? new Target(Channel.EMAIL, member.email(), member.displayName())
				: new Target(Channel.IN_APP, member.userId(), member.displayName());
	}

	private static @Nullable String highestRole(Member member) {
		String highest = null;
		for (Role role : Role.values()) {
			if (member.roles().contains(role.name())) {
				highest = role.name();
			}
		}
		return highest;
	}

	/**
	 * Writes one notification and its deliveries, unless the recipient has one for this
	 * source already.
	 * @return the notification's id, or {@code null} when none was written
	 */
	@Nullable UUID notify(Occurrence occurrence, String sourceKey, Recipient recipient, ZoneId zone, Instant now,
			Message.Stage stage, String eventKey) {
		if (recipient.targets().isEmpty()) {
			return null;
		}
		Rule rule = recipient.rule();
		UUID id = UUID.randomUUID();
		boolean person = recipient.userId() != null;
		boolean episodic = occurrence.dedupKey() != null;
		boolean critical = "critical".equals(occurrence.severity());
		Instant reminder = (episodic && rule.reminderMinutes() != null) ? now.plusSeconds(60L * rule.reminderMinutes())
				: null;
		Instant escalation = (person && critical && rule.escalateAfterMinutes() != null)
				? now.plusSeconds(60L * rule.escalateAfterMinutes()) : null;
		String token = person ? AppLinks.newToken() : null;
		int inserted = this.jdbc
			.sql("""
					INSERT INTO notification (notification_id, tenant_id, source_key, recipient, recipient_user_id, rule_id,
					                          event_type, kind, severity, title, facts, data, link, channels, notify_resolved,
					                          escalation_role, escalate_after_minutes, escalation_channel, reminder_minutes,
					                          occurred_at, created_at, reminder_due_at, escalation_due_at, ack_token_hash,
					                          sealed_ack_link)
					VALUES (:id, :tenant, :source, :recipient, :user, :rule, :eventType, :kind, :severity, :title,
					        CAST(:facts AS jsonb), CAST(:data AS jsonb), :link, CAST(:channels AS jsonb), :notifyResolved,
					        :role, :escalateAfter, :escalationChannel, :reminderMinutes, :occurredAt, :now, :reminder,
					        :escalation, :tokenHash, :sealedAck)
					ON CONFLICT (tenant_id, source_key, recipient) DO NOTHING
					""")
			.param("id", id)
			.param("tenant", occurrence.tenantId())
			.param("source", sourceKey)
			.param("recipient", recipient.key())
			.param("user", recipient.userId())
			.param("rule", rule.id())
			.param("eventType", occurrence.eventType())
			.param("kind", occurrence.kind())
			.param("severity", occurrence.severity())
			.param("title", occurrence.title())
			.param("facts", this.json.writeValueAsString(occurrence.facts()))
			.param("data", occurrence.data())
			.param("link", (occurrence.link() != null) ? occurrence.link().toString() : null)
			.param("channels",
					this.json.writeValueAsString(recipient.targets().stream().map(NotifiedTarget::of).toList()))
			.param("notifyResolved", rule.notifyResolved())
			.param("role", recipient.role())
			.param("escalateAfter", rule.escalateAfterMinutes())
			.param("escalationChannel", (rule.escalationChannel() != null) ? rule.escalationChannel().name() : null)
			.param("reminderMinutes", rule.reminderMinutes())
			.param("occurredAt", occurrence.occurredAt().atOffset(ZoneOffset.UTC))
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("reminder", (reminder != null) ? reminder.atOffset(ZoneOffset.UTC) : null)
			.param("escalation", (escalation != null) ? escalation.atOffset(ZoneOffset.UTC) : null)
			.param("tokenHash", (token != null) ? AppLinks.hash(token) : null)
			.param("sealedAck", (token != null)
					? this.secrets.seal(SecretLinks.ACKNOWLEDGE, id.toString(), this.links.acknowledge(token)) : null)
			.update();
		if (inserted == 0) {
			return null;
		}
		for (Target target : recipient.targets()) {
			boolean digest = rule.dailyDigest() && !critical && target.channel() == Channel.EMAIL;
			Instant due = digest ? nextHour(now, zone, rule.digestHour())
					: critical || target.channel() == Channel.IN_APP ? now : afterQuietHours(rule, zone, now);
			this.outbox.enqueue(delivery(occurrence, id, target, stage, eventKey, due, digest), now);
		}
		return id;
	}

	private void webhooks(Occurrence occurrence, Instant now) {
		if (this.channelTargets == null) {
			return;
		}
		for (Target subscriber : this.channelTargets.subscribers(occurrence.tenantId(), occurrence.eventType())) {
			this.outbox.enqueue(
					delivery(occurrence, null, subscriber, Message.Stage.RAISED, occurrence.eventKey(), now, false),
					now);
		}
	}

	/**
	 * A delivery of an occurrence to one target.
	 */
	static NewDelivery delivery(Occurrence occurrence, @Nullable UUID notificationId, Target target,
			Message.Stage stage, String eventKey, Instant due, boolean heldForDigest) {
		return new NewDelivery(UUID.randomUUID(), occurrence.tenantId(), notificationId, eventKey, target, stage,
				occurrence.eventType(), occurrence.kind(), occurrence.severity(), occurrence.title(),
				occurrence.facts(), occurrence.data(), occurrence.link(), null, occurrence.occurredAt(), due,
				heldForDigest, null);
	}

	static Instant afterQuietHours(Rule rule, ZoneId zone, Instant now) {
		ZonedDateTime local = now.atZone(zone);
		if (!rule.quietAt(local.toLocalTime())) {
			return now;
		}
		ZonedDateTime end = local.with(rule.quietEnd());
		if (!end.isAfter(local)) {
			end = end.plusDays(1);
		}
		return end.toInstant();
	}

	static Instant nextHour(Instant now, ZoneId zone, int hour) {
		ZonedDateTime local = now.atZone(zone);
		ZonedDateTime next = local.with(LocalTime.of(hour, 0));
		if (!next.isAfter(local)) {
			next = next.plusDays(1);
		}
		return next.toInstant();
	}

	List<NotifiedTarget> targets(String channels) {
		return List.of(this.json.readValue(channels, NotifiedTarget[].class));
	}

	/**
	 * Someone or something to notify, with where and by which rule.
	 *
	 * @param key the notification's recipient: a user id or a shared target's key
	 * @param userId the user, or {@code null} for a shared target
	 * @param rule the rule whose settings apply
	 * @param role the role the person is notified for; escalation goes one up
	 * @param targets where
	 */
	record Recipient(String key, @Nullable String userId, Rule rule, @Nullable String role, Set<Target> targets) {

		Recipient(String key, @Nullable String userId, Rule rule, @Nullable String role) {
			this(key, userId, rule, role, new LinkedHashSet<>());
		}

	}

	/** A notification of a closing episode. */
	private record Notified(UUID id, boolean notifyResolved, List<NotifiedTarget> targets) {
	}

}
