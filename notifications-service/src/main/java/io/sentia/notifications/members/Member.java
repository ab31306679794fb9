package io.sentia.notifications.members;

import java.time.Instant;
import java.util.List;

/**
 * One person's membership of one tenant.
 *
 * @param tenantId the tenant
 * @param userId the user's id
 * @param email where mail reaches them
 * @param displayName how to greet them, or {@code null}
 * @param roles their roles in the tenant ({@code VIEWER} … {@code ADMIN})
 * @param active whether they still belong to the tenant and may be notified
 * @param locale BCP-47 language tag, or {@code null}
 * @param changedAt when auth-service made this state
 */
public record Member(String tenantId, String userId, String email, String displayName, List<String> roles,
		boolean active, String locale, Instant changedAt) {

	public Member {
		roles = List.copyOf(roles);
	}

}
