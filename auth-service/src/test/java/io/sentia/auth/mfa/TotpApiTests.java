package io.sentia.auth.mfa;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.sentia.auth.AuthApiTestSupport;
import io.sentia.servicekit.security.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user enrols a TOTP authenticator, confirms it with a first code (and gets ten
 * recovery codes once, stored hashed), and removes it with a code; the secret is stored
 * encrypted, each code works once, and every change is audited.
 */
class TotpApiTests extends AuthApiTestSupport {

	static final String TOTP = "/api/auth/v1/me/mfa/totp";

	@Test
	void enrolmentGivesASecretAndOtpauthUriAndStoresTheSecretEncrypted() {
		UUID tenant = newTenant();
		TestUser user = newUser(tenant, Role.VIEWER);

		HttpResponse<String> response = post(TOTP, token(user), null);

		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(response.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("no-store"));
		String secret = json(response).get("secret").asString();
		assertThat(secret).matches("[A-Z2-7]{32}");
		assertThat(json(response).get("otpauthUri").asString()).startsWith("otpauth://totp/Sentia%3A")
			.contains("secret=" + secret)
			.contains("issuer=Sentia")
			.contains("digits=6")
			.contains("period=30");
		Map<String, Object> row = this.jdbc.sql("SELECT mfa_enabled, mfa_secret FROM app_user WHERE id = :id")
			.param("id", user.id())
			.query()
			.singleRow();
		assertThat(row.get("mfa_enabled")).isEqualTo(false);
		assertThat((byte[]) row.get("mfa_secret")).isNotEmpty().isNotEqualTo(Base32.decode(secret));
		assertThat(audited(tenant, "mfa.enrolment_started")).containsExactly("success:" + user.id());
	}

	@Test
	void confirmingWithTheRightCodeSwitchesItOnAndShowsTenHashedRecoveryCodes() {
		UUID tenant = newTenant();
		TestUser user = newUser(tenant, Role.MANAGER);
		byte[] secret = Base32.decode(json(post(TOTP, token(user), null)).get("secret").asString());

		HttpResponse<String> response = post(TOTP + "/confirm", token(user), code(currentCode(secret)));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("no-store"));
		List<String> codes = json(response).get("recoveryCodes").valueStream().map(JsonNode::asString).toList();
		assertThat(codes).hasSize(10).doesNotHaveDuplicates();
		assertThat(mfaEnabled(user)).isTrue();
		List<byte[]> stored = this.jdbc.sql("SELECT code_hash FROM mfa_recovery_code WHERE user_id = :id")
			.param("id", user.id())
			.query(byte[].class)
			.list();
		assertThat(stored).hasSize(10)
			.allSatisfy((hash) -> assertThat(codes)
				.anySatisfy((code) -> assertThat(RecoveryCodes.hash(code)).isEqualTo(hash)));
		assertThat(audited(tenant, "mfa.enabled")).containsExactly("success:" + user.id());
	}

	@Test
	void aWrongCodeLeavesItOffAndIsAudited() {
		UUID tenant = newTenant();
		TestUser user = newUser(tenant, Role.VIEWER);
		byte[] secret = Base32.decode(json(post(TOTP, token(user), null)).get("secret").asString());
		String wrong = String.format("%06d", (Integer.parseInt(currentCode(secret)) + 1) % 1_000_000);

		HttpResponse<String> response = post(TOTP + "/confirm", token(user), code(wrong));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json(response).get("type").asString()).isEqualTo("https://sentia.io/problems/mfa-code-invalid");
		assertThat(mfaEnabled(user)).isFalse();
		assertThat(audited(tenant, "mfa.enabled")).containsExactly("failure:" + user.id());
	}

	@Test
	void aCodeWorksOnlyOnce() {
		TestUser user = newUser(newTenant(), Role.VIEWER);
		byte[] secret = Base32.decode(json(post(TOTP, token(user), null)).get("secret").asString());
		String code = currentCode(secret);
		assertThat(post(TOTP + "/confirm", token(user), code(code)).statusCode()).isEqualTo(200);

		HttpResponse<String> replay = delete(TOTP, token(user), code(code));

		assertThat(replay.statusCode()).isEqualTo(400);
		assertThat(mfaEnabled(user)).isTrue();
	}

	@Test
	void removingItNeedsACodeAndDeletesTheRecoveryCodes() {
		UUID tenant = newTenant();
		TestUser user = newUser(tenant, Role.VIEWER);
		byte[] secret = Base32.decode(json(post(TOTP, token(user), null)).get("secret").asString());
		List<String> codes = json(post(TOTP + "/confirm", token(user), code(currentCode(secret)))).get("recoveryCodes")
			.valueStream()
			.map(JsonNode::asString)
			.toList();

		HttpResponse<String> withoutCode = delete(TOTP, token(user), "{}");
		HttpResponse<String> removed = delete(TOTP, token(user), code(codes.get(3)));

		assertThat(withoutCode.statusCode()).isEqualTo(400);
		assertThat(removed.statusCode()).isEqualTo(204);
		assertThat(mfaEnabled(user)).isFalse();
		assertThat(this.jdbc.sql("SELECT count(*) FROM mfa_recovery_code WHERE user_id = :id")
			.param("id", user.id())
			.query(Integer.class)
			.single()).isZero();
		assertThat(this.jdbc
			.sql("SELECT details->>'provenWith' FROM audit_event WHERE tenant_id = :tenant "
					+ "AND action = 'mfa.disabled' AND outcome = 'success'")
			.param("tenant", tenant)
			.query(String.class)
			.list()).containsExactly("RECOVERY_CODE");
	}

	@Test
	void answersConflictsForTheWrongState() {
		TestUser user = newUser(newTenant(), Role.VIEWER);

		HttpResponse<String> confirmFirst = post(TOTP + "/confirm", token(user), code("123456"));
		HttpResponse<String> removeNothing = delete(TOTP, token(user), code("123456"));
		byte[] secret = Base32.decode(json(post(TOTP, token(user), null)).get("secret").asString());
		post(TOTP + "/confirm", token(user), code(currentCode(secret)));
		HttpResponse<String> enrolAgain = post(TOTP, token(user), null);

		assertThat(confirmFirst.statusCode()).isEqualTo(409);
		assertThat(json(confirmFirst).get("type").asString()).isEqualTo("https://sentia.io/problems/mfa-not-enrolled");
		assertThat(removeNothing.statusCode()).isEqualTo(409);
		assertThat(enrolAgain.statusCode()).isEqualTo(409);
		assertThat(json(enrolAgain).get("type").asString()).isEqualTo("https://sentia.io/problems/mfa-already-enabled");
	}

	@Test
	void switchingItOnAndOffMailsTheUserWithoutAnySecret() {
		UUID tenant = newTenant();
		TestUser user = newUser(tenant, Role.OPERATOR);
		String base32 = json(post(TOTP, token(user), null)).get("secret").asString();
		byte[] secret = Base32.decode(base32);
		List<String> codes = json(post(TOTP + "/confirm", token(user), code(currentCode(secret)))).get("recoveryCodes")
			.valueStream()
			.map(JsonNode::asString)
			.toList();
		assertThat(delete(TOTP, token(user), code(codes.get(0))).statusCode()).isEqualTo(204);

		List<JsonNode> mails = mailsTo(user.email());

		assertThat(mails).hasSize(2).allSatisfy((mail) -> {
			assertThat(mail.get("kind").asString()).isEqualTo("mfa_changed");
			assertThat(mail.get("tenantId").asString()).isEqualTo(tenant.toString());
			assertThat(mail.get("userId").asString()).isEqualTo(user.id().toString());
			assertThat(mail.get("link").isNull()).isTrue();
			assertThat(mail.toString()).doesNotContain(base32).doesNotContain(codes.get(0));
		});
		assertThat(mails.get(0).get("facts").get("change").asString()).isEqualTo("enabled");
		assertThat(mails.get(1).get("facts").get("change").asString()).isEqualTo("disabled");
		assertThat(mails.get(1).get("facts").get("provenWith").asString()).isEqualTo("recovery_code");
	}

	@Test
	void aRefusedChangeMailsNobody() {
		TestUser user = newUser(newTenant(), Role.VIEWER);
		byte[] secret = Base32.decode(json(post(TOTP, token(user), null)).get("secret").asString());
		String wrong = String.format("%06d", (Integer.parseInt(currentCode(secret)) + 1) % 1_000_000);

		assertThat(post(TOTP + "/confirm", token(user), code(wrong)).statusCode()).isEqualTo(400);

		assertThat(mailsTo(user.email())).isEmpty();
	}

	static String currentCode(byte[] secret) {
		return Totp.code(secret, Totp.step(Instant.now()), Totp.DIGITS);
	}

	static String code(String code) {
		return "{\"code\":\"" + code + "\"}";
	}

	private boolean mfaEnabled(TestUser user) {
		return this.jdbc.sql("SELECT mfa_enabled FROM app_user WHERE id = :id")
			.param("id", user.id())
			.query(Boolean.class)
			.single();
	}

}
