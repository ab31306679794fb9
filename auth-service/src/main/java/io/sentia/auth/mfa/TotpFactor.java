package io.sentia.auth.mfa;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import io.sentia.auth.accountmail.AccountMail;
import io.sentia.auth.accountmail.AccountMail.Recipient;
import io.sentia.auth.audit.AuditEntry;
import io.sentia.auth.audit.AuditLog;
import io.sentia.auth.audit.AuditedActions;
import io.sentia.events.AuditRecorded.Outcome;
import io.sentia.servicekit.errors.ApiProblemException;
import io.sentia.servicekit.security.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's TOTP second factor: enrol (a new secret, kept encrypted, not yet required),
 * confirm with a first code (then required at every sign-in, with ten single-use recovery
 * codes), remove with a code, and check a code at sign-in. A TOTP code is accepted once:
 * the step it belongs to is remembered, so a code seen by someone else is useless.
 */
@Service
public class TotpFactor {

	/** Issuer shown in authenticator apps. */
	static final String ISSUER = "Sentia";

	/** 160 bits, the HMAC-SHA-1 block-friendly length RFC 4226 recommends. */
	private static final int SECRET_BYTES = 20;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final TotpSecretCipher cipher;

	private final AuditedActions actions;

	private final AuditLog auditLog;

	private final AccountMail mail;

	private final Clock clock;

	TotpFactor(JdbcClient jdbc, TotpSecretCipher cipher, AuditedActions actions, AuditLog auditLog, AccountMail mail,
			Clock clock) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.actions = actions;
		this.auditLog = auditLog;
		this.mail = mail;
		this.clock = clock;
	}

	/**
	 * Starts (or restarts) enrolment: a fresh secret replaces any unconfirmed one.
	 * @param caller the signed-in user
	 * @return the secret and its {@code otpauth} URI
	 * @throws ApiProblemException 409 if the user already has a confirmed second factor
	 */
	public TotpEnrolment enrol(Caller caller) {
		UUID userId = userId(caller);
		AuditEntry attempt = AuditedActions.byCaller(caller, "mfa.enrolment_started")
			.withTarget("user", userId.toString());
		return this.actions.perform(attempt, () -> {
			State state = lockState(userId);
			if (state.enabled()) {
				throw alreadyEnabled();
			}
			byte[] secret = new byte[SECRET_BYTES];
			RANDOM.nextBytes(secret);
			this.jdbc.sql("UPDATE app_user SET mfa_secret = :secret WHERE id = :id")
				.param("secret", this.cipher.encrypt(userId, secret))
				.param("id", userId)
				.update();
			this.auditLog.record(attempt);
			String base32 = Base32.encode(secret);
			return new TotpEnrolment(base32, otpauthUri(state.email(), base32));
		});
	}

	/**
	 * Confirms enrolment with a code from the app: from now on sign-in needs a second
	 * factor. Any earlier recovery codes are replaced.
	 * @param caller the signed-in user
	 * @param code the code the app shows
	 * @return the new recovery codes, shown once
	 * @throws ApiProblemException 409 if there is no enrolment to confirm, 400 for a
	 * wrong code
	 */
	public RecoveryCodeSet confirm(Caller caller, String code) {
		UUID userId = userId(caller);
		AuditEntry attempt = AuditedActions.byCaller(caller, "mfa.enabled").withTarget("user", userId.toString());
		return this.actions.perform(attempt, () -> {
			State state = lockState(userId);
			if (state.enabled()) {
				throw alreadyEnabled();
			}
			if (state.encryptedSecret() == null) {
				throw new ApiProblemException(HttpStatus.CONFLICT, "mfa-not-enrolled", "No enrolment to confirm",
						"Start an enrolment with POST /api/auth/v1/me/mfa/totp first.");
			}
			if (!acceptTotp(userId, this.cipher.decrypt(userId, state.encryptedSecret()), code)) {
				throw wrongCode();
			}
			this.jdbc.sql("UPDATE app_user SET mfa_enabled = true WHERE id = :id").param("id", userId).update();
			List<String> codes = replaceRecoveryCodes(userId);
			this.auditLog.record(attempt);
			tellTheUser(caller, userId, state, "enabled", null);
			return new RecoveryCodeSet(codes);
		});
	}

	/**
	 * Removes the second factor, proven with a current TOTP code or a recovery code.
	 * @param caller the signed-in user
	 * @param code a TOTP code or an unused recovery code
	 * @throws ApiProblemException 409 if no second factor is set up, 400 for a wrong code
	 */
	public void disable(Caller caller, String code) {
		UUID userId = userId(caller);
		AuditEntry attempt = AuditedActions.byCaller(caller, "mfa.disabled").withTarget("user", userId.toString());
		this.actions.perform(attempt, () -> {
			State state = lockState(userId);
			if (!state.enabled()) {
				throw new ApiProblemException(HttpStatus.CONFLICT, "mfa-not-enabled", "No second factor",
						"You have no second factor to remove.");
			}
			Optional<SecondFactor> proven = check(userId, state, code);
			if (proven.isEmpty()) {
				throw wrongCode();
			}
			this.jdbc.sql("UPDATE app_user SET mfa_enabled = false, mfa_secret = NULL WHERE id = :id")
				.param("id", userId)
				.update();
			this.jdbc.sql("DELETE FROM mfa_recovery_code WHERE user_id = :id").param("id", userId).update();
			this.auditLog.record(attempt.withDetail("provenWith", proven.get().name()));
			tellTheUser(caller, userId, state, "disabled", proven.get());
			return null;
		});
	}

	/**
	 * Whether a user must give a second factor at sign-in.
	 * @param userId the user
	 * @return {@code true} if TOTP is confirmed
	 */
	public boolean requiredFor(UUID userId) {
		return this.jdbc.sql("SELECT mfa_enabled FROM app_user WHERE id = :id")
			.param("id", userId)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/**
	 * Checks the second factor at sign-in (after a correct password) and audits the
	 * result. A recovery code is used up; a TOTP code's step cannot be used again.
	 * @param userId the user signing in
	 * @param email their e-mail, for the audit entry
	 * @param tenantId the tenant they sign in to, or {@code null}
	 * @param code what they typed: a TOTP code or a recovery code
	 * @return the factor proven, or empty if the code is wrong (or MFA is off)
	 */
	@Transactional
	public Optional<SecondFactor> verifySignIn(UUID userId, String email, @Nullable UUID tenantId, String code) {
		State state = lockState(userId);
		Optional<SecondFactor> proven = state.enabled() ? check(userId, state, code) : Optional.empty();
		AuditEntry entry = AuditEntry
			.of(AuditEntry.user(userId, email), tenantId, "mfa.verified",
					proven.isPresent() ? Outcome.SUCCESS : Outcome.FAILURE)
			.withTarget("user", userId.toString());
		this.auditLog.record(proven.map((factor) -> entry.withDetail("factor", factor.name())).orElse(entry));
		return proven;
	}

	/**
	 * How many unused recovery codes a user has left.
	 * @param userId the user
	 * @return the count
	 */
	public int unusedRecoveryCodes(UUID userId) {
		return this.jdbc.sql("SELECT count(*) FROM mfa_recovery_code WHERE user_id = :id AND used_at IS NULL")
			.param("id", userId)
			.query(Integer.class)
			.single();
	}

	private Optional<SecondFactor> check(UUID userId, State state, String code) {
		if (code == null || state.encryptedSecret() == null) {
			return Optional.empty();
		}
		if (RecoveryCodes.looksLikeRecoveryCode(code)) {
			int used = this.jdbc.sql("""
					UPDATE mfa_recovery_code SET used_at = :now
					WHERE user_id = :id AND code_hash = :hash AND used_at IS NULL
					""")
				.param("now", utc(this.clock.instant()))
				.param("id", userId)
				.param("hash", RecoveryCodes.hash(code))
				.update();
			return (used == 1) ? Optional.of(SecondFactor.RECOVERY_CODE) : Optional.empty();
		}
		byte[] secret = this.cipher.decrypt(userId, state.encryptedSecret());
		return acceptTotp(userId, secret, code) ? Optional.of(SecondFactor.TOTP) : Optional.empty();
	}

	/**
	 * Accepts a TOTP code only for a step later than the last one accepted for the user
	 * (RFC 6238 section 5.2: a verifier must not accept an OTP a second time).
	 */
	private boolean acceptTotp(UUID userId, byte[] secret, String code) {
		OptionalLong step = Totp.matchingStep(secret, code, this.clock.instant());
		if (step.isEmpty()) {
			return false;
		}
		return this.jdbc.sql("""
				INSERT INTO mfa_totp_step (user_id, last_step) VALUES (:id, :step)
				ON CONFLICT (user_id) DO UPDATE SET last_step = EXCLUDED.last_step
				WHERE mfa_totp_step.last_step < EXCLUDED.last_step
				""").param("id", userId).param("step", step.getAsLong()).update() == 1;
	}

	private List<String> replaceRecoveryCodes(UUID userId) {
		this.jdbc.sql("DELETE FROM mfa_recovery_code WHERE user_id = :id").param("id", userId).update();
		List<String> codes = RecoveryCodes.generate();
		OffsetDateTime now = utc(this.clock.instant());
		for (String code : codes) {
			this.jdbc.sql("""
					INSERT INTO mfa_recovery_code (user_id, code_hash, created_at) VALUES (:id, :hash, :now)
					""").param("id", userId).param("hash", RecoveryCodes.hash(code)).param("now", now).update();
		}
		return codes;
	}

	/**
	 * Locks the user's row, so two requests cannot both pass a check on the same state.
	 */
	private State lockState(UUID userId) {
		return this.jdbc
			.sql("SELECT email, display_name, mfa_enabled, mfa_secret FROM app_user WHERE id = :id FOR UPDATE")
			.param("id", userId)
			.query((rs, row) -> new State(rs.getString("email"), rs.getString("display_name"),
					rs.getBoolean("mfa_enabled"), rs.getBytes("mfa_secret")))
			.optional()
			.orElseThrow(() -> ApiProblemException.notFound("Your user account no longer exists."));
	}

	/**
	 * Has the user mailed about the change, so one they did not make (someone with their
	 * session) does not go unnoticed.
	 */
	private void tellTheUser(Caller caller, UUID userId, State state, String change,
			@Nullable SecondFactor provenWith) {
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("change", change);
		facts.put("factor", "totp");
		if (provenWith != null) {
			facts.put("provenWith", provenWith.name().toLowerCase(Locale.ROOT));
		}
		facts.put("changedAt", this.clock.instant().toString());
		this.mail.mfaChanged(UUID.fromString(caller.tenantId()), new Recipient(userId, state.email(), state.name()),
				facts);
	}

	static String otpauthUri(String email, String base32Secret) {
		String label = URLEncoder.encode(ISSUER + ":" + email, StandardCharsets.UTF_8).replace("+", "%20");
		return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=" + ISSUER + "&algorithm=SHA1&digits="
				+ Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
	}

	private static UUID userId(Caller caller) {
		return UUID.fromString(caller.subject());
	}

	private static ApiProblemException alreadyEnabled() {
		return new ApiProblemException(HttpStatus.CONFLICT, "mfa-already-enabled", "Second factor already set up",
				"You already have a second factor; remove it before enrolling a new one.");
	}

	private static ApiProblemException wrongCode() {
		return new ApiProblemException(HttpStatus.BAD_REQUEST, "mfa-code-invalid", "Wrong code",
				"The code is wrong, expired or already used. Enter the code your app shows now.");
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private record State(String email, String name, boolean enabled, byte @Nullable [] encryptedSecret) {
	}

}
