package io.sentia.auth.admin;

import io.sentia.servicekit.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * A change to a member, as {@code PATCH}ed: either or both fields.
 *
 * @param role the new role, or {@code null} to keep it
 * @param active {@code false} to remove the user from this tenant (their account and
 * other memberships stay); {@code true} or {@code null} changes nothing
 */
public record MemberChange(@Nullable Role role, @Nullable Boolean active) {

	boolean deactivates() {
		return Boolean.FALSE.equals(this.active);
	}

}
