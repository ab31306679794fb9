package io.sentia.auth.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.sentia.auth.audit.AuditEntry;
import io.sentia.auth.audit.AuditLog;
import io.sentia.auth.audit.AuditedActions;
import io.sentia.auth.invitation.PendingInvitation;
import io.sentia.auth.invitation.TenantInvitations;
import io.sentia.auth.user.User;
import io.sentia.auth.user.Users;
import io.sentia.servicekit.errors.ApiProblemException;
import io.sentia.servicekit.errors.ProblemType;
import io.sentia.servicekit.security.Caller;
import io.sentia.servicekit.security.Role;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * What an ADMIN may do to the members of their tenant: list them, invite someone (an
 * invitation the person accepts, the same answer whether or not they have an account),
 * change a role and remove a member, never leaving the tenant without an active ADMIN.
 */
@Service
public class MemberAdministration {

	private final Memberships memberships;

	private final Users users;

	private final TenantInvitations invitations;

	private final AuditedActions actions;

	private final AuditLog auditLog;

	private final Clock clock;

	MemberAdministration(Memberships memberships, Users users, TenantInvitations invitations, AuditedActions actions,
			AuditLog auditLog, Clock clock) {
		this.memberships = memberships;
		this.users = users;
		this.invitations = invitations;
		this.actions = actions;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/**
	 * Lists the members of the caller's tenant.
	 * @param caller the ADMIN asking
	 * @return the members, by e-mail
	 */
	public List<Member> list(Caller caller) {
		return this.memberships.list(UUID.fromString(caller.tenantId()), this.clock.instant());
	}

	/**
	 * Invites someone into the caller's tenant. They become a member only when they
	 * accept; the answer and the audit entry look the same whether or not the address has
	 * an account, so an ADMIN learns nothing about people outside their tenant.
	 * @param caller the ADMIN inviting
	 * @param invitation who, and with which role
	 * @return the pending invitation
	 * @throws ApiProblemException 409 if they are a member of this tenant already
	 */
	public PendingInvitation invite(Caller caller, Invitation invitation) {
		UUID tenantId = UUID.fromString(caller.tenantId());
		String email = invitation.email().strip();
		AuditEntry attempt = AuditedActions.byCaller(caller, "user.invited")
			.withTarget("user", email)
			.withDetail("role", invitation.role().name());
		return this.actions.perform(attempt, () -> {
			String tenantName = lockTenant(tenantId);
			Optional<User> existing = this.users.findByEmail(email);
			if (existing.isPresent() && this.memberships.isMember(tenantId, existing.get().id())) {
				throw ApiProblemException.conflict("This person is already a member of your organisation.")
					.with("userId", existing.get().id());
			}
			PendingInvitation pending = this.invitations.invite(tenantId, tenantName, email, invitation.name(),
					invitation.role(), caller.subject());
			this.auditLog.record(AuditedActions.byCaller(caller, "user.invited")
				.withTarget("invitation", pending.invitationId().toString())
				.withDetail("email", email)
				.withDetail("role", invitation.role().name()));
			return pending;
		});
	}

	/**
	 * Changes a member's role and/or removes them from the caller's tenant.
	 * @param caller the ADMIN acting
	 * @param userId the member
	 * @param change what to change
	 * @return the member after the change, or empty if they were removed
	 * @throws ApiProblemException 404 if the user is not a member of the caller's tenant,
	 * 409 if the change would leave the tenant without an active ADMIN
	 */
	public Optional<Member> change(Caller caller, UUID userId, MemberChange change) {
		if (change.role() == null && change.active() == null) {
			throw new ApiProblemException(ProblemType.BAD_REQUEST, "Give a new 'role', or 'active': false.");
		}
		UUID tenantId = UUID.fromString(caller.tenantId());
		String action = change.deactivates() ? "user.deactivated" : "user.role_changed";
		AuditEntry attempt = AuditedActions.byCaller(caller, action).withTarget("user", userId.toString());
		if (change.role() != null) {
			attempt = attempt.withDetail("newRole", change.role().name());
		}
		return this.actions.perform(attempt, () -> {
			Instant now = this.clock.instant();
			lockTenant(tenantId);
			Member member = this.memberships.find(tenantId, userId, now)
				.orElseThrow(() -> ApiProblemException.notFound("No user " + userId + " in your organisation."));
			boolean losesAdmin = member.role() == Role.ADMIN
					&& (change.deactivates() || (change.role() != null && change.role() != Role.ADMIN));
			if (losesAdmin && this.memberships.otherActiveAdmins(tenantId, userId) == 0) {
				throw new ApiProblemException(HttpStatus.CONFLICT, "last-admin", "Last admin",
						"This is the last active ADMIN of your organisation; make someone else ADMIN first.");
			}
			if (change.deactivates()) {
				this.memberships.removeMember(tenantId, userId);
				this.auditLog.record(AuditedActions.byCaller(caller, "user.deactivated")
					.withTarget("user", userId.toString())
					.withDetail("previousRole", member.role().name()));
				return Optional.<Member>empty();
			}
			if (change.role() != null && change.role() != member.role()) {
				this.memberships.changeRole(tenantId, userId, change.role());
				this.auditLog.record(AuditedActions.byCaller(caller, "user.role_changed")
					.withTarget("user", userId.toString())
					.withDetail("previousRole", member.role().name())
					.withDetail("newRole", change.role().name()));
			}
			return this.memberships.find(tenantId, userId, now);
		});
	}

	private String lockTenant(UUID tenantId) {
		return this.memberships.lockTenant(tenantId)
			.orElseThrow(() -> ApiProblemException.notFound("Your organisation " + tenantId + " does not exist."));
	}

}
