package io.sentia.auth.accountmail;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.sentia.auth.AuthApiTestSupport;
import io.sentia.events.AccountMailRequested;
import io.sentia.events.Topics;
import io.sentia.servicekit.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password resets and invitations are requested from notifications-service as
 * {@code AccountMailRequested} through the outbox, with a link at the platform's public
 * URL (the issuer, the gateway's address) that works, and no log line of auth-service
 * ever holds the token.
 */
@ExtendWith(OutputCaptureExtension.class)
class AccountMailTests extends AuthApiTestSupport {

	private static final String RESETS = "/api/auth/v1/password-resets";

	private static final String USERS = "/api/auth/v1/admin/users";

	@Test
	void aResetIsRequestedAsMailWithAWorkingLinkAtThePublicUrl() {
		UUID tenant = newTenant();
		TestUser user = newUser(tenant, Role.MANAGER, "old-password-123");

		assertThat(post(RESETS, null, json(Map.of("email", user.email()))).statusCode()).isEqualTo(202);

		JsonNode mail = onlyMailTo(user.email());
		assertThat(mail.get("kind").asString()).isEqualTo(AccountMailRequested.PASSWORD_RESET);
		assertThat(mail.get("tenantId").asString()).isEqualTo(tenant.toString());
		assertThat(mail.get("userId").asString()).isEqualTo(user.id().toString());
		assertThat(mail.get("displayName").asString()).isEqualTo("Test MANAGER");
		assertThat(mail.get("facts").get("tenantName").asString()).isEqualTo("Test tenant " + tenant);
		assertThat(mail.get("facts").get("validFor").asString()).isEqualTo("30 minutes");
		String link = mail.get("link").asString();
		assertThat(link).startsWith(publicBase() + "/login/password/").matches(".*/[A-Za-z0-9_-]{43}");
		assertThat(Duration.between(Instant.parse(mail.get("requestedAt").asString()),
				Instant.parse(mail.get("expiresAt").asString())))
			.isEqualTo(Duration.ofMinutes(30));
		String token = mailedToken(user.email());
		assertThat(mail.get("facts").toString()).doesNotContain(token);

		HttpResponse<String> used = post(RESETS + "/" + tokenOf(link), null,
				json(Map.of("newPassword", "a brand new passphrase")));

		assertThat(used.statusCode()).isEqualTo(204);
	}

	@Test
	void anInvitationIsRequestedAsMailWithAWorkingLinkAtThePublicUrl() {
		UUID tenant = newTenant();
		TestUser admin = newUser(tenant, Role.ADMIN);
		String email = "mail-invited-" + UUID.randomUUID() + "@test.sentia.example";

		assertThat(post(USERS, token(admin), json(Map.of("email", email, "name", "Isla", "role", "OPERATOR")))
			.statusCode()).isEqualTo(202);

		JsonNode mail = onlyMailTo(email);
		assertThat(mail.get("kind").asString()).isEqualTo(AccountMailRequested.INVITATION);
		assertThat(mail.get("tenantId").asString()).isEqualTo(tenant.toString());
		assertThat(mail.get("displayName").asString()).isEqualTo("Isla");
		assertThat(mail.get("facts").get("role").asString()).isEqualTo("OPERATOR");
		assertThat(mail.get("facts").get("newAccount").asString()).isEqualTo("true");
		assertThat(Duration.between(Instant.parse(mail.get("requestedAt").asString()),
				Instant.parse(mail.get("expiresAt").asString())))
			.isEqualTo(Duration.ofHours(72));
		String link = mail.get("link").asString();
		assertThat(link).startsWith(publicBase() + "/login/invitation/");

		HttpResponse<String> accepted = post("/api/auth/v1/invitations/" + tokenOf(link), null,
				json(Map.of("newPassword", "my first passphrase")));

		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
	}

	@Test
	void theMailIsKeyedByTenantAndMailIdOnTheAccountMailTopic() {
		TestUser user = newUser(newTenant(), Role.VIEWER, "old-password-123");

		post(RESETS, null, json(Map.of("email", user.email())));

		JsonNode mail = onlyMailTo(user.email());
		Map<String, Object> row = this.jdbc
			.sql("SELECT topic, event_key, event_type FROM outbox_event WHERE payload::jsonb ->> 'mailId' = :id")
			.param("id", mail.get("mailId").asString())
			.query()
			.singleRow();
		assertThat(row).containsEntry("topic", Topics.AUTH_ACCOUNT_MAIL)
			.containsEntry("event_key", user.tenantId() + ":" + mail.get("mailId").asString())
			.containsEntry("event_type", AccountMailRequested.TYPE);
	}

	@Test
	void anAccountInNoTenantGetsNoMailAndTheSameAnswer() {
		TestUser user = newUser(newTenant(), Role.VIEWER, "old-password-123");
		this.jdbc.sql("DELETE FROM membership WHERE user_id = :id").param("id", user.id()).update();

		HttpResponse<String> response = post(RESETS, null, json(Map.of("email", user.email())));

		assertThat(response.statusCode()).isEqualTo(202);
		assertThat(mailsTo(user.email())).isEmpty();
	}

	@Test
	void noLogLineHoldsTheTokenOfAResetOrAnInvitation(CapturedOutput output) {
		UUID tenant = newTenant();
		TestUser admin = newUser(tenant, Role.ADMIN);
		TestUser user = newUser(tenant, Role.VIEWER, "old-password-123");
		String invited = "log-invited-" + UUID.randomUUID() + "@test.sentia.example";

		post(RESETS, null, json(Map.of("email", user.email())));
		post(USERS, token(admin), json(Map.of("email", invited, "name", "Iain", "role", "VIEWER")));
		String resetToken = mailedToken(user.email());
		String invitationToken = mailedToken(invited);
		post(RESETS + "/" + resetToken, null, json(Map.of("newPassword", "short")));
		post(RESETS + "/" + resetToken, null, json(Map.of("newPassword", "a brand new passphrase")));
		post("/api/auth/v1/invitations/" + invitationToken, null, null);
		post("/api/auth/v1/invitations/" + invitationToken, null, json(Map.of("newPassword", "my first passphrase")));

		assertThat(List.of(resetToken, invitationToken)).allSatisfy((token) -> {
			assertThat(token).hasSize(43);
			assertThat(output.getAll()).doesNotContain(token);
		});
	}

	@Test
	void problemsAnsweredOnALinkDoNotRepeatItsToken() {
		UUID tenant = newTenant();
		TestUser admin = newUser(tenant, Role.ADMIN);
		TestUser user = newUser(tenant, Role.VIEWER, "old-password-123");
		String invited = "problem-invited-" + UUID.randomUUID() + "@test.sentia.example";
		post(RESETS, null, json(Map.of("email", user.email())));
		post(USERS, token(admin), json(Map.of("email", invited, "name", "Ina", "role", "VIEWER")));
		String resetToken = mailedToken(user.email());
		String invitationToken = mailedToken(invited);

		List<HttpResponse<String>> problems = List.of(
				post(RESETS + "/" + resetToken, null, json(Map.of("newPassword", "short"))),
				post(RESETS + "/" + resetToken, null, "not json"), get(RESETS + "/" + resetToken, null),
				post("/api/auth/v1/invitations/" + invitationToken, null, null),
				get("/api/auth/v1/invitations/" + invitationToken, null));

		assertThat(problems).allSatisfy((problem) -> {
			assertThat(problem.statusCode()).isBetween(400, 499);
			assertThat(problem.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			assertThat(problem.body()).doesNotContain(resetToken).doesNotContain(invitationToken).contains("(token)");
		});
	}

	private JsonNode onlyMailTo(String email) {
		List<JsonNode> mails = mailsTo(email);
		assertThat(mails).hasSize(1);
		return mails.get(0);
	}

	private String publicBase() {
		return this.security.issuer().toString().replaceFirst("/+$", "");
	}

	/** The link's token: its last path segment, which the API takes too. */
	private static String tokenOf(String link) {
		return link.substring(link.lastIndexOf('/') + 1);
	}

}
