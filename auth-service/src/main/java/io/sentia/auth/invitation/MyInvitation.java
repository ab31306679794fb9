package io.sentia.auth.invitation;

import java.time.Instant;
import java.util.UUID;

import io.sentia.servicekit.security.Role;

/**
 * An invitation waiting for the signed-in user.
 *
 * @param invitationId the invitation's id, to accept it
 * @param tenantId the tenant that invited the user
 * @param tenantName its name
 * @param role the role the user gets on accepting
 * @param expiresAt when the invitation stops working
 */
public record MyInvitation(UUID invitationId, UUID tenantId, String tenantName, Role role, Instant expiresAt) {

}
