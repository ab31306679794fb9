package io.sentia.notifications.decisions;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.sentia.events.AccountMailRequested;
import io.sentia.events.Topics;
import io.sentia.notifications.delivery.Channel;
import io.sentia.notifications.delivery.Message;
import io.sentia.notifications.delivery.Target;
import io.sentia.notifications.outbox.DeliveryOutbox;
import io.sentia.notifications.outbox.NewDelivery;
import io.sentia.notifications.secrets.SecretLinks;
import io.sentia.servicekit.kafka.EventConsumer;
import io.sentia.servicekit.kafka.KafkaConfiguration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;

/**
 * Account mail from {@code auth.account-mail.v1}: one e-mail to the address, whatever the
 * rules say. The link carries a single-use token, so it is stored sealed, opened only
 * when the mail is sent, and never logged; retrying stops when the link expires.
 */
class AccountMailListener {

	/** Name under which processed events are recorded; stable across releases. */
	static final String CONSUMER = "notifications.account-mail";

	private static final Logger log = LoggerFactory.getLogger(AccountMailListener.class);

	private static final Map<String, String> TITLES = Map.of(AccountMailRequested.INVITATION,
			"You are invited to Sentia", AccountMailRequested.PASSWORD_RESET, "Reset your Sentia password",
			AccountMailRequested.NEW_DEVICE_SIGN_IN, "A new sign-in to your Sentia account",
			AccountMailRequested.MFA_CHANGED, "Your Sentia two-step verification changed");

	private final EventConsumer.Handlers handlers;

	private final JdbcClient jdbc;

	private final DeliveryOutbox outbox;

	private final SecretLinks secrets;

	private final JsonMapper json;

	private final Clock clock;

	AccountMailListener(EventConsumer events, JdbcClient jdbc, DeliveryOutbox outbox, SecretLinks secrets,
			JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.secrets = secrets;
		this.json = json;
		this.clock = clock;
		this.handlers = events.handlers(CONSUMER).on(AccountMailRequested.class, this::mail);
	}

	private void mail(AccountMailRequested mail) {
		Instant now = this.clock.instant();
		if (mail.expiresAt() != null && !mail.expiresAt().isAfter(now)) {
			log.info("Account mail {} ({}) expired before it could be sent", mail.mailId(), mail.kind());
			return;
		}
		UUID notificationId = UUID.randomUUID();
		String title = TITLES.getOrDefault(mail.kind(), "About your Sentia account");
		String dataJson = this.json.writeValueAsString(Map.of("kind", mail.kind(), "mailId", mail.mailId(), "facts",
				mail.facts(), "locale", (mail.locale() != null) ? mail.locale() : ""));
		int inserted = this.jdbc.sql("""
				INSERT INTO notification (notification_id, tenant_id, source_key, recipient, recipient_user_id,
				                          event_type, kind, severity, title, facts, data, channels, notify_resolved,
				                          occurred_at, created_at)
				VALUES (:id, :tenant, :source, :recipient, :user, :eventType, :kind, 'info', :title,
				        CAST(:facts AS jsonb), CAST(:data AS jsonb), CAST(:channels AS jsonb), false, :occurredAt, :now)
				ON CONFLICT (tenant_id, source_key, recipient) DO NOTHING
				""")
			.param("id", notificationId)
			.param("tenant", mail.tenantId())
			.param("source", "mail:" + mail.mailId())
			.param("recipient", mail.email())
			.param("user", mail.userId())
			.param("eventType", "account." + mail.kind())
			.param("kind", mail.kind())
			.param("title", title)
			.param("facts", this.json.writeValueAsString(mail.facts()))
			.param("data", dataJson)
			.param("channels",
					this.json.writeValueAsString(
							List.of(new NotifiedTarget(Channel.EMAIL, mail.email(), mail.displayName()))))
			.param("occurredAt", mail.requestedAt().atOffset(ZoneOffset.UTC))
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
		if (inserted == 0) {
			return;
		}
		UUID deliveryId = UUID.randomUUID();
		byte[] sealedLink = (mail.link() != null)
				? this.secrets.seal(SecretLinks.ACCOUNT_MAIL, deliveryId.toString(), URI.create(mail.link())) : null;
		this.outbox.enqueue(new NewDelivery(deliveryId, mail.tenantId(), notificationId, "mail:" + mail.mailId(),
				new Target(Channel.EMAIL, mail.email(), mail.displayName()), Message.Stage.ACCOUNT,
				"account." + mail.kind(), mail.kind(), "info", title, mail.facts(), dataJson, null, sealedLink,
				mail.requestedAt(), now, false, mail.expiresAt()), now);
	}

	@KafkaListener(id = CONSUMER, topics = Topics.AUTH_ACCOUNT_MAIL,
			containerFactory = KafkaConfiguration.BATCH_LISTENER_CONTAINER_FACTORY)
	void onAccountMail(List<ConsumerRecord<String, String>> records, Acknowledgment acknowledgment) {
		this.handlers.apply(records, acknowledgment);
	}

}
