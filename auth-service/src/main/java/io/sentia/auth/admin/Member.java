package io.sentia.auth.admin;

import java.time.Instant;
import java.util.UUID;

import io.sentia.servicekit.security.Role;

/**
 * A user as a member of one tenant, as the admin API shows it.
 *
 * @param userId the user's id
 * @param email the user's e-mail address
 * @param name the display name
 * @param role the role in this tenant
 * @param passwordSet whether the user has set a password (an invited user has not yet)
 * @param mfaEnabled whether the user signs in with a second factor
 * @param locked whether sign-in is locked after failed attempts right now
 * @param memberSince when the user joined this tenant
 */
public record Member(UUID userId, String email, String name, Role role, boolean passwordSet, boolean mfaEnabled,
		boolean locked, Instant memberSince) {

}
