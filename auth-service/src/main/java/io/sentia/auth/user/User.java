package io.sentia.auth.user;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A person who signs in to Sentia. The TOTP secret is deliberately not part of it.
 *
 * @param id stable id, the {@code sub} of the user's tokens
 * @param email sign-in email, unique ignoring case
 * @param displayName name shown in the dashboard
 * @param passwordHash Argon2id hash, {@code null} until the user sets a password
 * @param active whether the user may sign in
 * @param failedAttempts consecutive failed sign-ins since the last success or lockout
 * @param lockedUntil sign-in refused until then, or {@code null}
 * @param mfaEnabled whether a second factor is required
 * @param activeTenantId the tenant the user last chose to act in, or {@code null}
 * @param createdAt when the user was created
 * @param passwordChangedAt when the password was last set, or {@code null}
 */
public record User(UUID id, String email, String displayName, @Nullable String passwordHash, boolean active,
		int failedAttempts, @Nullable Instant lockedUntil, boolean mfaEnabled, @Nullable UUID activeTenantId,
		Instant createdAt, @Nullable Instant passwordChangedAt) {

	/**
	 * Whether sign-in is refused because of a lockout at {@code now}.
	 * @param now the current instant
	 * @return {@code true} while locked
	 */
	public boolean lockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

}
