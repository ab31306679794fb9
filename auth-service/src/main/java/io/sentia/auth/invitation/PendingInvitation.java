package io.sentia.auth.invitation;

import java.time.Instant;
import java.util.UUID;

import io.sentia.servicekit.security.Role;

/**
 * An invitation as the inviting ADMIN sees it: the same whether or not the address has a
 * Sentia account, so the answer tells nothing about people outside the tenant.
 *
 * @param invitationId the invitation's id
 * @param email the address invited, as the ADMIN typed it
 * @param role the role the person gets on accepting
 * @param expiresAt when the invitation stops working
 */
public record PendingInvitation(UUID invitationId, String email, Role role, Instant expiresAt) {

}
