package io.sentia.auth.reset;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.sentia.auth.AuthApiTestSupport;
import io.sentia.servicekit.security.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password reset, without a token: always 202 whoever asks (no account enumeration), a
 * single-use token requested as account mail (read here from the outbox) and stored only
 * hashed, 410 for a used or expired token, the password rules enforced, the lockout
 * cleared, every step audited.
 */
class PasswordResetTests extends AuthApiTestSupport {

	private static final String RESETS = "/api/auth/v1/password-resets";

	@Test
	void answersEveryRequestWith202WhetherOrNotTheAccountExists() {
		TestUser user = newUser(newTenant(), Role.VIEWER, "old-password-123");
		String unknown = "nobody-" + UUID.randomUUID() + "@test.sentia.example";

		HttpResponse<String> known = post(RESETS, null, json(Map.of("email", user.email())));
		HttpResponse<String> stranger = post(RESETS, null, json(Map.of("email", unknown)));

		assertThat(known.statusCode()).isEqualTo(202);
		assertThat(stranger.statusCode()).isEqualTo(202);
		assertThat(known.body()).isEqualTo(stranger.body());
		assertThat(mailsTo(user.email())).hasSize(1);
		assertThat(mailsTo(unknown)).isEmpty();
	}

	@Test
	void storesOnlyTheHashOfTheMailedToken() {
		TestUser user = newUser(newTenant(), Role.VIEWER, "old-password-123");

		post(RESETS, null, json(Map.of("email", user.email())));

		String token = mailedToken(user.email());
		assertThat(token).matches("[A-Za-z0-9_-]{43}");
		List<byte[]> hashes = this.jdbc.sql("SELECT token_hash FROM password_reset_token WHERE user_id = :id")
			.param("id", user.id())
			.query(byte[].class)
			.list();
		assertThat(hashes).hasSize(1);
		assertThat(hashes.get(0)).isEqualTo(ResetTokens.hash(token));
	}

	@Test
	void setsTheNewPasswordOnceClearsTheLockoutEndsSessionsAndAudits() {
		UUID tenant = newTenant();
		TestUser user = newUser(tenant, Role.OPERATOR, "old-password-123");
		this.jdbc.sql("UPDATE app_user SET failed_attempts = 3, locked_until = :until WHERE id = :id")
			.param("until", Instant.now().plusSeconds(900).atOffset(ZoneOffset.UTC))
			.param("id", user.id())
			.update();
		this.jdbc.sql("""
				INSERT INTO oauth2_authorization (id, registered_client_id, principal_name, authorization_grant_type)
				VALUES (:id, 'sentia-gateway', :principal, 'authorization_code')
				""").param("id", UUID.randomUUID().toString()).param("principal", user.id().toString()).update();
		post(RESETS, null, json(Map.of("email", user.email())));
		String token = mailedToken(user.email());

		HttpResponse<String> first = post(RESETS + "/" + token, null,
				json(Map.of("newPassword", "a brand new passphrase")));
		HttpResponse<String> again = post(RESETS + "/" + token, null,
				json(Map.of("newPassword", "another passphrase!")));

		assertThat(first.statusCode()).isEqualTo(204);
		assertThat(again.statusCode()).isEqualTo(410);
		assertThat(json(again).get("type").asString()).isEqualTo("https://sentia.io/problems/reset-token-used");
		Map<String, Object> row = this.jdbc
			.sql("SELECT password_hash, failed_attempts, locked_until FROM app_user WHERE id = :id")
			.param("id", user.id())
			.query()
			.singleRow();
		assertThat(this.passwordHasher.matches("a brand new passphrase", (String) row.get("password_hash"))).isTrue();
		assertThat(row.get("failed_attempts")).isEqualTo(0);
		assertThat(row.get("locked_until")).isNull();
		assertThat(this.jdbc.sql("SELECT count(*) FROM oauth2_authorization WHERE principal_name = :principal")
			.param("principal", user.id().toString())
			.query(Integer.class)
			.single()).isZero();
		assertThat(audited(tenant, "password_reset.requested")).containsExactly("success:" + user.id());
		assertThat(audited(tenant, "password_reset.completed")).containsExactly("success:" + user.id(),
				"failure:" + user.id());
	}

	@Test
	void anExpiredTokenIsGoneAndChangesNothing() {
		TestUser user = newUser(newTenant(), Role.VIEWER, "old-password-123");
		post(RESETS, null, json(Map.of("email", user.email())));
		String token = mailedToken(user.email());
		this.jdbc.sql("UPDATE password_reset_token SET expires_at = now() - interval '1 second' WHERE user_id = :id")
			.param("id", user.id())
			.update();

		HttpResponse<String> response = post(RESETS + "/" + token, null,
				json(Map.of("newPassword", "a brand new passphrase")));

		assertThat(response.statusCode()).isEqualTo(410);
		assertThat(json(response).get("type").asString()).isEqualTo("https://sentia.io/problems/reset-token-expired");
		assertThat(passwordIs(user, "old-password-123")).isTrue();
	}

	@Test
	void tokensLastThirtyMinutes() {
		TestUser user = newUser(newTenant(), Role.VIEWER, "old-password-123");
		post(RESETS, null, json(Map.of("email", user.email())));

		Long minutes = this.jdbc.sql(
				"SELECT round(extract(epoch FROM expires_at - created_at) / 60) FROM password_reset_token WHERE user_id = :id")
			.param("id", user.id())
			.query(Long.class)
			.single();

		assertThat(minutes).isEqualTo(30);
	}

	@Test
	void aNewerTokenSupersedesTheOlderOne() {
		TestUser user = newUser(newTenant(), Role.VIEWER, "old-password-123");
		post(RESETS, null, json(Map.of("email", user.email())));
		String older = mailedToken(user.email());
		// Past the minimum interval between two reset mails.
		this.jdbc
			.sql("UPDATE password_reset_token SET created_at = created_at - interval '2 minutes' WHERE user_id = :id")
			.param("id", user.id())
			.update();
		post(RESETS, null, json(Map.of("email", user.email())));
		String newer = mailedToken(user.email());

		assertThat(newer).isNotEqualTo(older);
		assertThat(post(RESETS + "/" + older, null, json(Map.of("newPassword", "a brand new passphrase"))).statusCode())
			.isEqualTo(410);
		assertThat(post(RESETS + "/" + newer, null, json(Map.of("newPassword", "a brand new passphrase"))).statusCode())
			.isEqualTo(204);
	}

	@Test
	void sendsAtMostOneMailPerMinuteToAnAccount() {
		UUID tenant = newTenant();
		TestUser user = newUser(tenant, Role.VIEWER, "old-password-123");

		assertThat(post(RESETS, null, json(Map.of("email", user.email()))).statusCode()).isEqualTo(202);
		assertThat(post(RESETS, null, json(Map.of("email", user.email()))).statusCode()).isEqualTo(202);

		assertThat(this.jdbc.sql("SELECT count(*) FROM password_reset_token WHERE user_id = :id")
			.param("id", user.id())
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(audited(tenant, "password_reset.requested")).containsExactly("success:" + user.id(),
				"denied:" + user.id());
	}

	@Test
	void refusesAWeakPasswordAndKeepsTheTokenUsable() {
		TestUser user = newUser(newTenant(), Role.VIEWER, "old-password-123");
		post(RESETS, null, json(Map.of("email", user.email())));
		String token = mailedToken(user.email());

		HttpResponse<String> tooShort = post(RESETS + "/" + token, null, json(Map.of("newPassword", "short")));
		HttpResponse<String> theEmail = post(RESETS + "/" + token, null, json(Map.of("newPassword", user.email())));
		HttpResponse<String> good = post(RESETS + "/" + token, null,
				json(Map.of("newPassword", "long enough passphrase")));

		assertThat(tooShort.statusCode()).isEqualTo(400);
		assertThat(json(tooShort).get("errors").get(0).get("field").asString()).isEqualTo("newPassword");
		assertThat(theEmail.statusCode()).isEqualTo(400);
		assertThat(json(theEmail).get("errors").get(0).get("message").asString())
			.isEqualTo("must not be your e-mail address");
		assertThat(good.statusCode()).isEqualTo(204);
	}

	@Test
	void answersAnUnknownTokenAndBadBodiesWith400() {
		HttpResponse<String> unknown = post(RESETS + "/" + "A".repeat(43), null,
				json(Map.of("newPassword", "long enough passphrase")));
		HttpResponse<String> tooLong = post(RESETS + "/" + "A".repeat(101), null,
				json(Map.of("newPassword", "long enough passphrase")));
		HttpResponse<String> noEmail = post(RESETS, null, "{}");
		HttpResponse<String> notJson = post(RESETS, null, "email=x");

		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(json(unknown).get("type").asString()).isEqualTo("https://sentia.io/problems/reset-token-invalid");
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(noEmail.statusCode()).isEqualTo(400);
		assertThat(json(noEmail).get("errors").get(0).get("field").asString()).isEqualTo("email");
		assertThat(notJson.statusCode()).isEqualTo(400);
		assertThat(notJson.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

	private boolean passwordIs(TestUser user, String password) {
		String hash = this.jdbc.sql("SELECT password_hash FROM app_user WHERE id = :id")
			.param("id", user.id())
			.query(String.class)
			.single();
		return this.passwordHasher.matches(password, hash);
	}

}
