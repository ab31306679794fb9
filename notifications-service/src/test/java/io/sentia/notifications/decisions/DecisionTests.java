package io.sentia.notifications.decisions;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.sentia.events.AccountMailRequested;
import io.sentia.events.AlertRaised;
import io.sentia.events.AlertRaised.Severity;
import io.sentia.events.AlertResolved;
import io.sentia.events.Money;
import io.sentia.events.SuggestionStatusChanged;
import io.sentia.events.SyncRunFinished;
import io.sentia.events.Topics;
import io.sentia.notifications.NotificationsTests;
import io.sentia.notifications.secrets.SecretLinks;
import io.sentia.servicekit.kafka.KafkaConfiguration;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Events on the real broker become notifications and deliveries in the real database:
 * once per episode, recipient and channel, whatever is redelivered or repeated.
 */
@ExtendWith(OutputCaptureExtension.class)
class DecisionTests extends NotificationsTests {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@Autowired
	private SecretLinks secretLinks;

	@Autowired
	private MeterRegistry meters;

	@Value("${spring.kafka.bootstrap-servers}")
	private String bootstrapServers;

	@Test
	void anAlertEpisodeReachesEachManagerOnceByEmailAndFeedHoweverOftenItIsDelivered() {
		tenantCreated("Europe/London");
		String manager = member("mia", "MANAGER");
		String viewer = member("val", "VIEWER");
		await().atMost(PATIENCE).until(() -> membersKnown(manager, viewer) == 2);

		AlertRaised raised = alert("stockout_risk", Severity.WARNING, "stockout_risk:WHISKY-12");
		UUID id = this.events.publish(raised);
		this.events.publish(raised, id);
		AlertRaised repeat = alert("stockout_risk", Severity.WARNING, "stockout_risk:WHISKY-12");
		UUID repeatId = this.events.publish(repeat);
		await().atMost(PATIENCE).until(() -> processed(AlertListener.CONSUMER, repeatId));

		assertThat(deliveries()).containsExactlyInAnyOrder(
				"EMAIL mia@" + this.tenant.substring(0, 8) + ".example RAISED", "IN_APP " + manager + " RAISED");
		assertThat(count("SELECT count(*) FROM notification WHERE tenant_id = ?", this.tenant)).isEqualTo(1);
		await().atMost(PATIENCE)
			.until(() -> count("SELECT count(*) FROM feed_item WHERE tenant_id = ? AND user_id = ?", this.tenant,
					manager) == 1);
	}

	@Test
	void aResolvedAlertClosesTheEpisodeTellsTheSamePeopleAndTheNextRaiseIsANewEpisode() {
		String manager = member("mo", "MANAGER");
		await().atMost(PATIENCE).until(() -> membersKnown(manager) == 1);
		AlertRaised raised = alert("cash_shortfall", Severity.WARNING, "cash_shortfall:2026-W10");
		this.events.publish(raised);
		this.events.publish(new AlertResolved(this.tenant, raised.alertId(), raised.kind(), raised.dedupKey(),
				raised.title(), "analytics-service", Instant.now()));
		await().atMost(PATIENCE).until(() -> deliveries().size() == 4);
		assertThat(deliveries()).filteredOn((delivery) -> delivery.endsWith("RESOLVED")).hasSize(2);

		this.events.publish(alert("cash_shortfall", Severity.WARNING, "cash_shortfall:2026-W10"));
		await().atMost(PATIENCE).until(() -> deliveries().size() == 6);
		assertThat(count("SELECT count(*) FROM alert_episode WHERE tenant_id = ?", this.tenant)).isEqualTo(2);
	}

	@Test
	void membersOfATenantNotAnnouncedYetAreKeptAndNotifiedInUtc() {
		String manager = member("early", "MANAGER");
		await().atMost(PATIENCE).until(() -> membersKnown(manager) == 1);
		assertThat(count("SELECT count(*) FROM tenant WHERE tenant_id = ?", this.tenant)).isZero();
		this.events.publish(alert("stockout_risk", Severity.CRITICAL, "stockout_risk:GIN-70"));
		await().atMost(PATIENCE).until(() -> deliveries().size() == 2);
	}

	@Test
	void failedPausedAndQuarantiningSyncsNotifyOncePerEpisodeAndAboveTheThreshold() {
		String manager = member("sam", "MANAGER");
		await().atMost(PATIENCE).until(() -> membersKnown(manager) == 1);

		this.events.publish(run("orders", SyncRunFinished.Outcome.FAILED, 0,
				new SyncRunFinished.Failure("provider_unavailable", "Shopify answered 503")));
		this.events.publish(run("orders", SyncRunFinished.Outcome.FAILED, 0,
				new SyncRunFinished.Failure("provider_unavailable", "Shopify answered 503")));
		this.events.publish(run("products", SyncRunFinished.Outcome.FAILED, 0,
				new SyncRunFinished.Failure("auth_failed", "Shopify refused the access token")));
		this.events.publish(run("invoices", SyncRunFinished.Outcome.PARTIAL, 3, null));
		SyncRunFinished many = run("stock", SyncRunFinished.Outcome.PARTIAL, 12, null);
		UUID last = this.events.publish(many);
		await().atMost(PATIENCE).until(() -> processed(SyncListener.CONSUMER, last));

		assertThat(this.jdbc.sql("SELECT kind || ' ' || severity FROM notification WHERE tenant_id = ? ORDER BY kind")
			.param(this.tenant)
			.query(String.class)
			.list()).containsExactly("connection_paused critical", "sync_failed warning", "sync_quarantine warning");

		UUID recovered = this.events.publish(run("orders", SyncRunFinished.Outcome.SUCCEEDED, 0, null));
		await().atMost(PATIENCE).until(() -> processed(SyncListener.CONSUMER, recovered));
		// The connection works again, so its pause is over too; the quarantine is another
		// stream's.
		assertThat(this.jdbc
			.sql("SELECT n.kind || ' ' || d.channel FROM delivery d JOIN notification n "
					+ "USING (notification_id) WHERE d.tenant_id = ? AND d.stage = 'RESOLVED' ORDER BY 1")
			.param(this.tenant)
			.query(String.class)
			.list()).containsExactly("connection_paused EMAIL", "connection_paused IN_APP", "sync_failed EMAIL",
					"sync_failed IN_APP");
	}

	@Test
	void aSuggestionAwaitingApprovalGoesToManagersAndItsDecisionToWhoeverAsked() {
		String manager = member("max", "MANAGER");
		String operator = member("olive", "OPERATOR");
		await().atMost(PATIENCE).until(() -> membersKnown(manager, operator) == 2);

		this.events.publish(suggestion("awaiting_approval", operator, null));
		this.events.publish(suggestion("approved", operator, manager));
		await().atMost(PATIENCE).until(() -> deliveries().size() == 4);
		assertThat(this.jdbc
			.sql("SELECT kind || ' ' || recipient_user_id FROM notification WHERE tenant_id = ? ORDER BY kind")
			.param(this.tenant)
			.query(String.class)
			.list()).containsExactly("suggestion_awaiting_approval " + manager, "suggestion_decided " + operator);
	}

	@Test
	void accountMailIsOneEmailWhoseLinkIsSealedAndNeverLogged(CapturedOutput output) {
		String token = "reset-token-" + UUID.randomUUID();
		String link = "https://app.sentia.example/reset-password?token=" + token;
		AccountMailRequested mail = new AccountMailRequested(this.tenant, UUID.randomUUID().toString(),
				AccountMailRequested.PASSWORD_RESET, UUID.randomUUID().toString(), "pat@example.com", "Pat", "en-GB",
				Map.of("tenant", "Highland Harbour"), link, Instant.now().plusSeconds(3600), Instant.now());
		UUID id = this.events.publish(mail);
		this.events.publish(mail, id);
		await().atMost(PATIENCE).until(() -> processed(AccountMailListener.CONSUMER, id));

		assertThat(deliveries()).containsExactly("EMAIL pat@example.com ACCOUNT");
		Map<String, Object> row = this.jdbc
			.sql("SELECT delivery_id, link, sealed_link, give_up_at FROM delivery WHERE tenant_id = ?")
			.param(this.tenant)
			.query()
			.singleRow();
		assertThat(row.get("link")).isNull();
		byte[] sealed = (byte[]) row.get("sealed_link");
		assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(token);
		assertThat(this.secretLinks.open(SecretLinks.ACCOUNT_MAIL, row.get("delivery_id").toString(), sealed))
			.hasToString(link);
		assertThat(count("SELECT count(*) FROM notification WHERE tenant_id = ? AND data::text LIKE ?", this.tenant,
				"%" + token + "%"))
			.isZero();
		assertThat(output.getAll()).doesNotContain(token);
	}

	@Test
	void aMalformedAlertGoesToTheDeadLetterTopicAndTheNextOneIsProcessed() {
		String manager = member("dee", "MANAGER");
		await().atMost(PATIENCE).until(() -> membersKnown(manager) == 1);
		String key = this.tenant + ":poison";
		double before = deadLetters();
		this.events.send(Topics.ALERTS, key, "{\"tenantId\": \"" + this.tenant + "\", \"kind\": 42", UUID.randomUUID(),
				AlertRaised.TYPE, this.tenant);
		UUID next = this.events.publish(alert("overstock", Severity.INFO, "overstock:RUM-1"));
		await().atMost(PATIENCE).until(() -> processed(AlertListener.CONSUMER, next));
		assertThat(deadLettered(Topics.deadLetter(Topics.ALERTS), key)).isTrue();
		await().atMost(PATIENCE).until(() -> deadLetters() > before);
	}

	private double deadLetters() {
		Counter counter = this.meters.find(KafkaConfiguration.DEAD_LETTERS).tag("topic", "alerts.v1.dlt").counter();
		return (counter != null) ? counter.count() : 0;
	}

	private boolean deadLettered(String topic, String key) {
		Properties properties = new Properties();
		properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers);
		properties.put(ConsumerConfig.GROUP_ID_CONFIG, "dlt-check-" + UUID.randomUUID());
		properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
				new StringDeserializer())) {
			consumer.subscribe(List.of(topic));
			long deadline = System.nanoTime() + PATIENCE.toNanos();
			while (System.nanoTime() < deadline) {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
					if (key.equals(record.key())) {
						return true;
					}
				}
			}
			return false;
		}
	}

	private SyncRunFinished run(String stream, SyncRunFinished.Outcome outcome, long failed,
			SyncRunFinished.Failure error) {
		Instant finished = Instant.now();
		return new SyncRunFinished(this.tenant, UUID.randomUUID().toString(), "conn-1", "shopify", stream,
				finished.minusSeconds(5), finished, 5000, new SyncRunFinished.Counts(100, 90 - failed, 10, failed),
				outcome, error);
	}

	private SuggestionStatusChanged suggestion(String status, String requestedBy, String decidedBy) {
		return new SuggestionStatusChanged(this.tenant, "sugg-1", "WHISKY-12", "edinburgh", status, true,
				new Money(new BigDecimal("1250.00"), "GBP"), "over the approval limit", null, requestedBy, decidedBy,
				Instant.now());
	}

	private boolean processed(String consumer, UUID eventId) {
		return count("SELECT count(*) FROM processed_event WHERE consumer = ? AND event_id = ?", consumer,
				eventId) == 1;
	}

	private List<String> deliveries() {
		return this.jdbc.sql("SELECT channel || ' ' || target_id || ' ' || stage FROM delivery WHERE tenant_id = ?")
			.param(this.tenant)
			.query(String.class)
			.list();
	}

}
