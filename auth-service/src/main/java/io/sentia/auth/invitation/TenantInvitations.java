package io.sentia.auth.invitation;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.sentia.auth.accountmail.AccountMail;
import io.sentia.auth.accountmail.AccountMail.Recipient;
import io.sentia.auth.audit.AuditEntry;
import io.sentia.auth.audit.AuditLog;
import io.sentia.auth.audit.AuditedActions;
import io.sentia.auth.reset.PasswordResetProperties;
import io.sentia.auth.reset.PasswordRules;
import io.sentia.auth.reset.ResetTokens;
import io.sentia.auth.user.MemberEvents;
import io.sentia.auth.user.User;
import io.sentia.auth.user.Users;
import io.sentia.events.AuditRecorded.Outcome;
import io.sentia.servicekit.errors.ApiProblemException;
import io.sentia.servicekit.security.Caller;
import io.sentia.servicekit.security.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations into a tenant. Inviting makes a pending invitation (and, for an address
 * without an account, an account without password or membership) and mails a single-use
 * link; the person becomes a member only by accepting, with the link (setting their first
 * password if they have none) or signed in. The mail is requested through
 * {@link AccountMail} in the transaction that stores the invitation. Until then they are
 * not a member and the inviting ADMIN sees nothing of their account.
 */
@Service
public class TenantInvitations {

	static final String ACCEPTED = "user.invitation_accepted";

	private final JdbcClient jdbc;

	private final Users users;

	private final AccountMail mail;

	private final MemberEvents memberEvents;

	private final AuditLog auditLog;

	private final AuditedActions actions;

	private final PasswordResetProperties properties;

	private final Clock clock;

	TenantInvitations(JdbcClient jdbc, Users users, AccountMail mail, MemberEvents memberEvents, AuditLog auditLog,
			AuditedActions actions, PasswordResetProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.mail = mail;
		this.memberEvents = memberEvents;
		this.auditLog = auditLog;
		this.actions = actions;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Invites a person into a tenant, replacing an earlier pending invitation of them
	 * there. Runs in the caller's transaction, which has checked they are not a member.
	 * @param tenantId the tenant
	 * @param tenantName its name, for the mail
	 * @param email the person's address
	 * @param name their display name, used only if they have no account yet
	 * @param role the role they get on accepting
	 * @param invitedBy the inviting ADMIN's user id
	 * @return the invitation, shaped the same whether or not the account existed
	 */
	public PendingInvitation invite(UUID tenantId, String tenantName, String email, String name, Role role,
			String invitedBy) {
		Instant now = this.clock.instant();
		Instant expiresAt = now.plus(this.properties.invitationValidity());
		User user = this.users.findByEmail(email).orElseGet(() -> this.users.create(email, name, null));
		this.jdbc
			.sql("DELETE FROM tenant_invitation WHERE tenant_id = :tenant AND user_id = :user "
					+ "AND accepted_at IS NULL")
			.param("tenant", tenantId)
			.param("user", user.id())
			.update();
		UUID id = UUID.randomUUID();
		String token = ResetTokens.generate();
		this.jdbc
			.sql("""
					INSERT INTO tenant_invitation (id, tenant_id, user_id, role, invited_by, token_hash, created_at, expires_at)
					VALUES (:id, :tenant, :user, :role, :invitedBy, :hash, :now, :expiresAt)
					""")
			.param("id", id)
			.param("tenant", tenantId)
			.param("user", user.id())
			.param("role", role.name())
			.param("invitedBy", invitedBy)
			.param("hash", ResetTokens.hash(token))
			.param("now", utc(now))
			.param("expiresAt", utc(expiresAt))
			.update();
		boolean needsPassword = user.passwordHash() == null;
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("tenantName", tenantName);
		facts.put("role", role.name());
		facts.put("newAccount", Boolean.toString(needsPassword));
		facts.put("validFor", this.properties.invitationValidity().toHours() + " hours");
		this.mail.invitation(tenantId, new Recipient(user.id(), user.email(), user.displayName()),
				AccountMail.INVITATION_PAGE, token, now, expiresAt, facts);
		return new PendingInvitation(id, email, role, expiresAt);
	}

	/**
	 * What the page of an invitation link shows before the person accepts: whose
	 * organisation, which role, and whether they must choose their first password.
	 * @param token the token from the link
	 * @return the open invitation, or empty when the link is unknown, used or expired
	 */
	@Transactional(readOnly = true)
	public Optional<LinkView> linkView(String token) {
		return this.jdbc.sql("""
				SELECT t.name AS tenant_name, i.role, u.email, u.password_hash IS NOT NULL AS password_set
				FROM tenant_invitation i JOIN app_user u ON u.id = i.user_id JOIN tenant t ON t.id = i.tenant_id
				WHERE i.token_hash = :hash AND i.accepted_at IS NULL AND i.expires_at > :now
				""")
			.param("hash", ResetTokens.hash(token))
			.param("now", utc(this.clock.instant()))
			.query((rs, row) -> new LinkView(rs.getString("tenant_name"), Role.valueOf(rs.getString("role")),
					rs.getString("email"), rs.getBoolean("password_set")))
			.optional();
	}

	/**
	 * Accepts an invitation with the token from its link.
	 * @param token the token
	 * @param newPassword the first password, required exactly when the account has none
	 * @throws ApiProblemException 400 for an unknown token or a missing, unneeded or weak
	 * password, 410 for a used or expired invitation
	 */
	public void acceptWithLink(String token, @Nullable String newPassword) {
		AuditEntry attempt = AuditEntry.of(AuditEntry.anonymous(), null, ACCEPTED, Outcome.FAILURE)
			.withDetail("via", "link");
		this.actions.perform(attempt, () -> {
			Pending pending = find("i.token_hash = :key", ResetTokens.hash(token))
				.orElseThrow(() -> new ApiProblemException(HttpStatus.BAD_REQUEST, "invitation-invalid",
						"Invalid invitation", "This invitation link is not valid. Ask for a new invitation."));
			checkOpen(pending);
			if (pending.passwordSet() && newPassword != null) {
				throw ApiProblemException.invalidField("newPassword",
						"must be left out: this account already has a password");
			}
			if (!pending.passwordSet()) {
				if (newPassword == null) {
					throw ApiProblemException.invalidField("newPassword",
							"must be set: choose the password of your new account");
				}
				PasswordRules.violation(newPassword, pending.email()).ifPresent((violation) -> {
					throw ApiProblemException.invalidField("newPassword", violation);
				});
			}
			if (!pending.passwordSet()) {
				this.users.setPassword(pending.userId(), newPassword);
			}
			accept(pending, "link");
			return null;
		});
	}

	/**
	 * Accepts one of the signed-in user's invitations.
	 * @param caller the user
	 * @param invitationId the invitation
	 * @throws ApiProblemException 404 if it is not this user's, 410 if used or expired
	 */
	public void acceptAsUser(Caller caller, UUID invitationId) {
		UUID userId = userId(caller);
		AuditEntry attempt = AuditEntry.of(AuditEntry.user(userId, null), null, ACCEPTED, Outcome.FAILURE)
			.withTarget("invitation", invitationId.toString())
			.withDetail("via", "signed-in");
		this.actions.perform(attempt, () -> {
			Pending pending = find("i.id = :key", invitationId).filter((found) -> found.userId().equals(userId))
				.orElseThrow(() -> ApiProblemException.notFound("You have no invitation " + invitationId + "."));
			checkOpen(pending);
			accept(pending, "signed-in");
			return null;
		});
	}

	/**
	 * The signed-in user's open invitations.
	 * @param caller the user
	 * @return the invitations, newest first
	 */
	public List<MyInvitation> openFor(Caller caller) {
		return this.jdbc.sql("""
				SELECT i.id, i.tenant_id, t.name, i.role, i.expires_at
				FROM tenant_invitation i JOIN tenant t ON t.id = i.tenant_id
				WHERE i.user_id = :user AND i.accepted_at IS NULL AND i.expires_at > :now
				ORDER BY i.created_at DESC
				""")
			.param("user", userId(caller))
			.param("now", utc(this.clock.instant()))
			.query((rs, row) -> new MyInvitation(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
					rs.getString("name"), Role.valueOf(rs.getString("role")),
					rs.getObject("expires_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	private void checkOpen(Pending pending) {
		if (pending.accepted()) {
			throw new ApiProblemException(HttpStatus.GONE, "invitation-used", "Invitation already accepted",
					"This invitation has been accepted already.");
		}
		if (!this.clock.instant().isBefore(pending.expiresAt())) {
			throw new ApiProblemException(HttpStatus.GONE, "invitation-expired", "Invitation expired",
					"This invitation has expired. Ask an administrator of the organisation for a new one.");
		}
	}

	private void accept(Pending pending, String via) {
		this.jdbc.sql("""
				INSERT INTO membership (tenant_id, user_id, role, created_at) VALUES (:tenant, :user, :role, :now)
				ON CONFLICT (tenant_id, user_id) DO NOTHING
				""")
			.param("tenant", pending.tenantId())
			.param("user", pending.userId())
			.param("role", pending.role().name())
			.param("now", utc(this.clock.instant()))
			.update();
		this.memberEvents.membershipChanged(pending.tenantId(), pending.userId());
		this.jdbc.sql("UPDATE tenant_invitation SET accepted_at = :now WHERE id = :id")
			.param("now", utc(this.clock.instant()))
			.param("id", pending.id())
			.update();
		this.auditLog.record(AuditEntry
			.of(AuditEntry.user(pending.userId(), pending.email()), pending.tenantId(), ACCEPTED, Outcome.SUCCESS)
			.withTarget("invitation", pending.id().toString())
			.withDetail("role", pending.role().name())
			.withDetail("via", via));
	}

	private Optional<Pending> find(String condition, Object key) {
		return this.jdbc.sql("""
				SELECT i.id, i.tenant_id, i.user_id, i.role, i.expires_at, i.accepted_at IS NOT NULL AS accepted,
				       u.email, u.password_hash IS NOT NULL AS password_set
				FROM tenant_invitation i JOIN app_user u ON u.id = i.user_id
				WHERE
				""" + " " + condition + " FOR UPDATE OF i")
			.param("key", key)
			.query((rs, row) -> new Pending(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
					rs.getObject("user_id", UUID.class), Role.valueOf(rs.getString("role")),
					rs.getObject("expires_at", OffsetDateTime.class).toInstant(), rs.getBoolean("accepted"),
					rs.getString("email"), rs.getBoolean("password_set")))
			.optional();
	}

	private static UUID userId(Caller caller) {
		try {
			return UUID.fromString(caller.subject());
		}
		catch (IllegalArgumentException ex) {
			throw ApiProblemException.notFound("The token's subject is not a user.");
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/**
	 * An open invitation as its link's page shows it.
	 *
	 * @param tenantName the inviting organisation
	 * @param role the role it grants
	 * @param email the invited address
	 * @param passwordSet whether the account already has a password
	 */
	public record LinkView(String tenantName, Role role, String email, boolean passwordSet) {
	}

	private record Pending(UUID id, UUID tenantId, UUID userId, Role role, Instant expiresAt, boolean accepted,
			String email, boolean passwordSet) {
	}

}
