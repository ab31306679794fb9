package io.sentia.notifications.escalation;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import io.sentia.events.AlertRaised.Severity;
import io.sentia.notifications.NotificationsTests;
import io.sentia.notifications.decisions.FollowUps;
import io.sentia.notifications.secrets.SecretLinks;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * After the first message: reminders while an episode is open, escalation one role up of
 * a critical notification nobody acknowledged, acknowledgement (by the API or the
 * message's link) stopping both, quiet hours deferring what is not critical, and the
 * daily digest. Follow-ups are run at a chosen time instead of waiting for the clock.
 */
class EscalationTests extends NotificationsTests {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@Autowired
	private FollowUps followUps;

	@Autowired
	private TransactionOperations transaction;

	@Autowired
	private SecretLinks secretLinks;

	@Autowired
	private MockMvc mvc;

	@Test
	void aCriticalAlertNobodyAcknowledgesGoesToTheAdminsAfterTheRulesTime() {
		String manager = member("ida", "MANAGER");
		String admin = member("ade", "ADMIN");
		await().atMost(PATIENCE).until(() -> membersKnown(manager, admin) == 2);
		this.events.publish(alert("stockout_risk", Severity.CRITICAL, "stockout_risk:GIN-9"));
		await().atMost(PATIENCE).until(() -> stages().size() == 2);

		escalate(Instant.now().plus(Duration.ofMinutes(59)));
		assertThat(stages()).containsOnly("RAISED");
		escalate(Instant.now().plus(Duration.ofMinutes(61)));
		assertThat(this.jdbc.sql("""
				SELECT d.stage || ' ' || d.channel || ' ' || n.recipient_user_id FROM delivery d
				JOIN notification n USING (notification_id) WHERE d.tenant_id = ? AND d.stage = 'ESCALATED'
				ORDER BY d.channel
				""").param(this.tenant).query(String.class).list()).containsExactly("ESCALATED EMAIL " + admin,
				"ESCALATED IN_APP " + admin);
		// The stage says it is an escalation (the mail subject, the feed); the title
		// stays
		// the alert's own, so a subject never reads "Escalated: Not acknowledged: ...".
		assertThat(this.jdbc.sql("SELECT DISTINCT title FROM delivery WHERE tenant_id = ?")
			.param(this.tenant)
			.query(String.class)
			.list()).hasSize(1);
		escalate(Instant.now().plus(Duration.ofMinutes(200)));
		assertThat(stages()).filteredOn("ESCALATED"::equals).hasSize(2);
	}

	@Test
	void acknowledgingStopsEscalationAndRecordsWhoAndWhen() throws Exception {
		String manager = member("jo", "MANAGER");
		String admin = member("al", "ADMIN");
		await().atMost(PATIENCE).until(() -> membersKnown(manager, admin) == 2);
		this.events.publish(alert("cash_shortfall", Severity.CRITICAL, "cash_shortfall:W11"));
		await().atMost(PATIENCE).until(() -> stages().size() == 2);
		String notification = this.jdbc.sql("SELECT notification_id::text FROM notification WHERE tenant_id = ?")
			.param(this.tenant)
			.query(String.class)
			.single();

		this.mvc
			.perform(post("/api/notifications/v1/notifications/" + notification + "/acknowledge")
				.header("Authorization", bearer(manager, "MANAGER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.acknowledgedBy").value(manager))
			.andExpect(jsonPath("$.acknowledgedAt").exists());
		escalate(Instant.now().plus(Duration.ofHours(3)));
		remind(Instant.now().plus(Duration.ofDays(2)));
		assertThat(stages()).containsOnly("RAISED");
	}

	@Test
	void theAcknowledgeLinkInTheMessageAcknowledgesOnce() throws Exception {
		String manager = member("kit", "MANAGER");
		await().atMost(PATIENCE).until(() -> membersKnown(manager) == 1);
		this.events.publish(alert("stockout_risk", Severity.CRITICAL, "stockout_risk:ALE-2"));
		await().atMost(PATIENCE).until(() -> stages().size() == 2);
		java.util.Map<String, Object> row = this.jdbc
			.sql("SELECT notification_id, sealed_ack_link FROM notification WHERE tenant_id = ?")
			.param(this.tenant)
			.query()
			.singleRow();
		URI link = this.secretLinks.open(SecretLinks.ACKNOWLEDGE, row.get("notification_id").toString(),
				(byte[]) row.get("sealed_ack_link"));
		String token = UriComponentsBuilder.fromUri(link).build().getQueryParams().getFirst("token");
		assertThat(token).hasSizeGreaterThanOrEqualTo(43);

		String viewer = UUID.randomUUID().toString();
		this.mvc
			.perform(post("/api/notifications/v1/acknowledgements").header("Authorization", bearer(viewer, "VIEWER"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"token\": \"" + token + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.acknowledgedBy").value(viewer));
		this.mvc
			.perform(post("/api/notifications/v1/acknowledgements").header("Authorization", bearer(manager, "MANAGER"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"token\": \"" + token + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.acknowledgedBy").value(viewer));
		this.mvc
			.perform(post("/api/notifications/v1/acknowledgements").header("Authorization", bearer(manager, "MANAGER"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"token\": \"" + token.substring(1) + "x\"}"))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("SELECT sealed_ack_link IS NULL FROM notification WHERE tenant_id = ?")
			.param(this.tenant)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void anOpenEpisodeIsRemindedAfterTheRulesIntervalUntilItIsResolved() {
		String manager = member("lu", "MANAGER");
		await().atMost(PATIENCE).until(() -> membersKnown(manager) == 1);
		this.events.publish(alert("stockout_risk", Severity.WARNING, "stockout_risk:PORT-3"));
		await().atMost(PATIENCE).until(() -> stages().size() == 2);
		remind(Instant.now().plus(Duration.ofHours(23)));
		assertThat(stages()).containsOnly("RAISED");
		remind(Instant.now().plus(Duration.ofHours(25)));
		assertThat(stages()).filteredOn("REMINDER"::equals).hasSize(2);
	}

	@Test
	void quietHoursDeferWhatIsNotCriticalAndCriticalBreaksThrough() throws Exception {
		String manager = member("mo", "MANAGER");
		await().atMost(PATIENCE).until(() -> membersKnown(manager) == 1);
		LocalTime now = LocalTime.now(ZoneOffset.UTC);
		DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm");
		LocalTime end = now.plusHours(2);
		rule("""
				{"name": "Quiet overstock", "kinds": ["overstock"], "roles": ["MANAGER"],
				 "channels": [{"channel": "EMAIL"}, {"channel": "IN_APP"}], "quietStart": "%s", "quietEnd": "%s"}
				""".formatted(now.minusHours(1).format(hhmm), end.format(hhmm)));
		this.events.publish(alert("overstock", Severity.WARNING, "overstock:RUM-1"));
		this.events.publish(alert("overstock", Severity.CRITICAL, "overstock:RUM-2"));
		await().atMost(PATIENCE).until(() -> stages().size() == 4);
		List<String> due = this.jdbc.sql("""
				SELECT n.severity || ' ' || d.channel || ' ' || (d.due_at > now() + interval '50 minutes')
				FROM delivery d JOIN notification n USING (notification_id) WHERE d.tenant_id = ? ORDER BY 1
				""").param(this.tenant).query(String.class).list();
		assertThat(due).containsExactly("critical EMAIL false", "critical IN_APP false", "warning EMAIL true",
				"warning IN_APP false");
	}

	@Test
	void aDailyDigestCollectsNonCriticalMailIntoOne() throws Exception {
		String manager = member("ned", "MANAGER");
		await().atMost(PATIENCE).until(() -> membersKnown(manager) == 1);
		rule("""
				{"name": "Overstock digest", "kinds": ["overstock"], "roles": ["MANAGER"],
				 "channels": [{"channel": "EMAIL"}], "dailyDigest": true, "digestHour": 7}
				""");
		this.events.publish(alert("overstock", Severity.INFO, "overstock:A"));
		this.events.publish(alert("overstock", Severity.WARNING, "overstock:B"));
		await().atMost(PATIENCE)
			.until(() -> count("SELECT count(*) FROM delivery WHERE tenant_id = ? AND status = 'held'",
					this.tenant) == 2);
		this.transaction
			.executeWithoutResult((status) -> this.followUps.digest(Instant.now().plus(Duration.ofHours(25))));
		assertThat(this.jdbc
			.sql("SELECT stage || ' ' || status || ' ' || title FROM delivery WHERE tenant_id = ? "
					+ "AND stage = 'DIGEST'")
			.param(this.tenant)
			.query(String.class)
			.list()).hasSize(1).first().asString().contains("Your Sentia digest: 2 notifications");
		assertThat(count("SELECT count(*) FROM delivery WHERE tenant_id = ? AND status = 'digested'", this.tenant))
			.isEqualTo(2);
	}

	private void rule(String body) throws Exception {
		this.mvc
			.perform(post("/api/notifications/v1/rules").header("Authorization", bearer("boss", "MANAGER"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated());
	}

	private void escalate(Instant at) {
		this.transaction.executeWithoutResult((status) -> this.followUps.escalate(at));
	}

	private void remind(Instant at) {
		this.transaction.executeWithoutResult((status) -> this.followUps.remind(at));
	}

	private List<String> stages() {
		return this.jdbc.sql("SELECT stage FROM delivery WHERE tenant_id = ?")
			.param(this.tenant)
			.query(String.class)
			.list();
	}

}
