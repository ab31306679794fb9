package io.sentia.auth.reset;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.sentia.auth.accountmail.AccountMail;
import io.sentia.auth.accountmail.AccountMail.Recipient;
import io.sentia.auth.audit.AuditEntry;
import io.sentia.auth.audit.AuditLog;
import io.sentia.auth.user.Users;
import io.sentia.events.AuditRecorded.Outcome;
import io.sentia.servicekit.errors.ApiProblemException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The password reset flow and an invited user's first password: issues single-use tokens
 * (kept as hashes, superseding earlier ones), has them mailed through {@link AccountMail}
 * (an event for notifications-service, in the transaction that stores the token), and
 * sets the new password when a token comes back, clearing any lockout. Every step is
 * audited; an unknown address is answered exactly like a known one, so the flow does not
 * reveal who has an account.
 */
@Service
public class PasswordResets {

	static final String RESET = "reset";

	static final String INVITATION = "invitation";

	private final JdbcClient jdbc;

	private final Users users;

	private final AuditLog auditLog;

	private final AccountMail mail;

	private final PasswordResetProperties properties;

	private final TransactionTemplate transaction;

	private final Clock clock;

	PasswordResets(JdbcClient jdbc, Users users, AuditLog auditLog, AccountMail mail,
			PasswordResetProperties properties, TransactionTemplate transaction, Clock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.auditLog = auditLog;
		this.mail = mail;
		this.properties = properties;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Someone asked for a reset of the account with {@code email}: if an active account
	 * has it and no reset was sent in the last {@code minInterval}, a new token is mailed
	 * and earlier ones stop working. Otherwise nothing visible happens.
	 * @param email the address as typed
	 */
	@Transactional
	public void request(String email) {
		Instant now = this.clock.instant();
		Optional<Account> found = account(email);
		if (found.isEmpty()) {
			this.auditLog
				.record(AuditEntry.of(AuditEntry.anonymous(), null, "password_reset.requested", Outcome.FAILURE)
					.withDetail("reason", "no active account with this email"));
			return;
		}
		Account account = found.get();
		if (recentlyIssued(account.id(), now)) {
			this.auditLog.record(AuditEntry
				.of(AuditEntry.anonymous(), account.tenantId(), "password_reset.requested", Outcome.DENIED)
				.withTarget("user", account.id().toString())
				.withDetail("reason", "a reset was sent less than " + this.properties.minInterval() + " ago"));
			return;
		}
		if (account.tenantId() == null) {
			// Every event belongs to a tenant, and an account in no tenant has nothing to
			// sign in to: no mail, answered like any other request.
			this.auditLog.record(AuditEntry.of(AuditEntry.anonymous(), null, "password_reset.requested", Outcome.DENIED)
				.withTarget("user", account.id().toString())
				.withDetail("reason", "the account belongs to no tenant"));
			return;
		}
		Instant expiresAt = now.plus(this.properties.resetValidity());
		String token = issue(account.id(), RESET, null, now, expiresAt);
		Map<String, String> facts = new LinkedHashMap<>();
		if (account.tenantName() != null) {
			facts.put("tenantName", account.tenantName());
		}
		facts.put("validFor", this.properties.resetValidity().toMinutes() + " minutes");
		this.mail.passwordReset(account.tenantId(), new Recipient(account.id(), account.email(), account.displayName()),
				token, now, expiresAt, facts);
		this.auditLog.record(
				AuditEntry.of(AuditEntry.anonymous(), account.tenantId(), "password_reset.requested", Outcome.SUCCESS)
					.withTarget("user", account.id().toString()));
	}

	/**
	 * Mails a new tenant's first ADMIN, made by the platform operator, a token to set
	 * their first password. Runs in the caller's transaction. (People an ADMIN invites go
	 * through {@code io.sentia.auth.invitation} instead and join only by accepting.)
	 * @param userId the invited user
	 * @param email where to send it
	 * @param tenantId the tenant that invited them
	 * @param tenantName the tenant's name, for the message
	 */
	@Transactional
	public void sendInvitation(UUID userId, String email, UUID tenantId, String tenantName) {
		Instant now = this.clock.instant();
		Instant expiresAt = now.plus(this.properties.invitationValidity());
		String token = issue(userId, INVITATION, tenantId, now, expiresAt);
		String displayName = this.users.findById(userId).map((user) -> user.displayName()).orElse(null);
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("tenantName", tenantName);
		facts.put("role", "ADMIN");
		facts.put("newAccount", "true");
		facts.put("validFor", this.properties.invitationValidity().toHours() + " hours");
		this.mail.invitation(tenantId, new Recipient(userId, email, displayName), AccountMail.RESET_PAGE, token, now,
				expiresAt, facts);
	}

	/**
	 * Sets a new password with a token from {@link #request} or {@link #sendInvitation}:
	 * the token is used up, every other outstanding token of the user stops working, the
	 * user's OAuth2 authorizations (refresh tokens) end, and any lockout is cleared
	 * (through {@link Users#setPassword}, which hashes with Argon2id).
	 * @param token the token from the message
	 * @param newPassword the new password; see {@link PasswordRules}
	 * @throws ApiProblemException 400 for an unknown token or a password that breaks the
	 * rules (the token then stays usable), 410 for a used or expired token
	 */
	public void complete(String token, String newPassword) {
		Instant now = this.clock.instant();
		TokenCheck check = this.transaction.execute((status) -> completeInTransaction(token, newPassword, now));
		if (check.problem() != null) {
			if (check.audit() != null) {
				this.auditLog.record(check.audit());
			}
			throw check.problem();
		}
	}

	private TokenCheck completeInTransaction(String token, String newPassword, Instant now) {
		Optional<Token> found = this.jdbc.sql("""
				SELECT t.user_id, t.purpose, t.tenant_id, t.expires_at, t.used_at, u.email,
				       COALESCE(t.tenant_id, u.active_tenant_id,
				                (SELECT m.tenant_id FROM membership m WHERE m.user_id = u.id
				                 ORDER BY m.created_at LIMIT 1)) AS audit_tenant_id
				FROM password_reset_token t JOIN app_user u ON u.id = t.user_id
				WHERE t.token_hash = :hash
				FOR UPDATE OF t
				""")
			.param("hash", ResetTokens.hash(token))
			.query((rs, row) -> new Token(rs.getObject("user_id", UUID.class), rs.getString("purpose"),
					rs.getObject("audit_tenant_id", UUID.class),
					rs.getObject("expires_at", java.time.OffsetDateTime.class).toInstant(),
					rs.getObject("used_at", java.time.OffsetDateTime.class) != null, rs.getString("email")))
			.optional();
		if (found.isEmpty()) {
			return TokenCheck.refused(
					new ApiProblemException(HttpStatus.BAD_REQUEST, "reset-token-invalid", "Invalid password token",
							"This password token is not valid. Ask for a new password reset."),
					AuditEntry.of(AuditEntry.anonymous(), null, "password_reset.completed", Outcome.FAILURE)
						.withDetail("reason", "unknown token"));
		}
		Token row = found.get();
		AuditEntry attempt = AuditEntry
			.of(AuditEntry.user(row.userId(), row.email()), row.tenantId(), "password_reset.completed", Outcome.FAILURE)
			.withTarget("user", row.userId().toString())
			.withDetail("purpose", row.purpose());
		if (row.used()) {
			return TokenCheck.refused(
					new ApiProblemException(HttpStatus.GONE, "reset-token-used", "Password token already used",
							"This password token has been used. Ask for a new password reset."),
					attempt.withDetail("reason", "token already used"));
		}
		if (!now.isBefore(row.expiresAt())) {
			return TokenCheck.refused(
					new ApiProblemException(HttpStatus.GONE, "reset-token-expired", "Password token expired",
							"This password token has expired. Ask for a new password reset."),
					attempt.withDetail("reason", "token expired"));
		}
		Optional<String> violation = PasswordRules.violation(newPassword, row.email());
		if (violation.isPresent()) {
			return TokenCheck.refused(ApiProblemException.invalidField("newPassword", violation.get()), null);
		}
		this.users.setPassword(row.userId(), newPassword);
		// Whoever knew the old password may hold a refresh token: end every authorization
		// of the user (access tokens already issued expire within minutes).
		int ended = this.jdbc.sql("DELETE FROM oauth2_authorization WHERE principal_name = :principal")
			.param("principal", row.userId().toString())
			.update();
		this.jdbc.sql("""
				UPDATE password_reset_token SET used_at = :now
				WHERE user_id = :userId AND used_at IS NULL
				""").param("now", utc(now)).param("userId", row.userId()).update();
		this.auditLog.record(AuditEntry
			.of(AuditEntry.user(row.userId(), row.email()), row.tenantId(), "password_reset.completed", Outcome.SUCCESS)
			.withTarget("user", row.userId().toString())
			.withDetail("purpose", row.purpose())
			.withDetail("authorizationsEnded", Integer.toString(ended)));
		return TokenCheck.accepted();
	}

	private String issue(UUID userId, String purpose, @Nullable UUID tenantId, Instant now, Instant expiresAt) {
		// Only the newest token works: an older link in someone's inbox is dead.
		this.jdbc.sql("""
				UPDATE password_reset_token SET expires_at = :now
				WHERE user_id = :userId AND used_at IS NULL AND expires_at > :now
				""").param("now", utc(now)).param("userId", userId).update();
		String token = ResetTokens.generate();
		this.jdbc.sql("""
				INSERT INTO password_reset_token (token_hash, user_id, purpose, tenant_id, created_at, expires_at)
				VALUES (:hash, :userId, :purpose, :tenantId, :now, :expiresAt)
				""")
			.param("hash", ResetTokens.hash(token))
			.param("userId", userId)
			.param("purpose", purpose)
			.param("tenantId", tenantId)
			.param("now", utc(now))
			.param("expiresAt", utc(expiresAt))
			.update();
		return token;
	}

	private boolean recentlyIssued(UUID userId, Instant now) {
		return this.jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM password_reset_token
				               WHERE user_id = :userId AND purpose = 'reset' AND created_at > :since)
				""")
			.param("userId", userId)
			.param("since", utc(now.minus(this.properties.minInterval())))
			.query(Boolean.class)
			.single();
	}

	private Optional<Account> account(String email) {
		if (email == null || email.isBlank()) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				SELECT a.id, a.email, a.display_name, a.tenant_id, t.name AS tenant_name
				FROM (SELECT u.id, u.email, u.display_name,
				             COALESCE((SELECT m.tenant_id FROM membership m
				                       WHERE m.user_id = u.id AND m.tenant_id = u.active_tenant_id),
				                      (SELECT m.tenant_id FROM membership m WHERE m.user_id = u.id
				                       ORDER BY m.created_at LIMIT 1)) AS tenant_id
				      FROM app_user u
				      WHERE lower(u.email) = lower(:email) AND u.active) a
				LEFT JOIN tenant t ON t.id = a.tenant_id
				""")
			.param("email", email.strip())
			.query((rs, row) -> new Account(rs.getObject("id", UUID.class), rs.getString("email"),
					rs.getString("display_name"), rs.getObject("tenant_id", UUID.class), rs.getString("tenant_name")))
			.optional();
	}

	private static java.time.OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private record Account(UUID id, String email, String displayName, @Nullable UUID tenantId,
			@Nullable String tenantName) {
	}

	private record Token(UUID userId, String purpose, @Nullable UUID tenantId, Instant expiresAt, boolean used,
			String email) {
	}

	/**
	 * What checking a token found: nothing wrong, or the problem to answer and what to
	 * audit.
	 */
	private record TokenCheck(@Nullable ApiProblemException problem, @Nullable AuditEntry audit) {

		static TokenCheck accepted() {
			return new TokenCheck(null, null);
		}

		static TokenCheck refused(ApiProblemException problem, @Nullable AuditEntry audit) {
			return new TokenCheck(problem, audit);
		}

	}

}
