package io.sentia.auth.user;

import java.util.UUID;

import io.sentia.servicekit.security.Role;

/**
 * A user's role in one tenant.
 *
 * @param tenantId the tenant
 * @param tenantName the tenant's display name
 * @param role the user's role there
 */
public record Membership(UUID tenantId, String tenantName, Role role) {
}
