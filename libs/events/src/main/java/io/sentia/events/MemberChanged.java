package io.sentia.events;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One person's membership in one tenant changed: created, roles changed, removed, the
 * user disabled or enabled, or their name or email changed. The event carries the whole
 * current state; a newer {@code changedAt} wins.
 *
 * @param tenantId the tenant
 * @param userId the person's user id
 * @param email their sign-in email address
 * @param displayName their name as people see it
 * @param roles their roles in the tenant, a subset of {@code VIEWER}, {@code OPERATOR},
 * {@code MANAGER}, {@code ADMIN}; empty when the membership is removed
 * @param active {@code false} when the membership is removed or the user disabled
 * @param locale the person's preferred locale as a BCP-47 tag, e.g. {@code en-GB}, or
 * {@code null} if unknown
 * @param changedAt when the change was made
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MemberChanged(String tenantId, String userId, String email, String displayName, List<String> roles,
		boolean active, String locale, Instant changedAt) implements SentiaEvent {

	public static final String TYPE = "sentia.auth.member.changed.v1";

	/** The roles a membership may hold. */
	public static final Set<String> ROLES = Set.of("VIEWER", "OPERATOR", "MANAGER", "ADMIN");

	public MemberChanged {
		Invariants.requiredText(tenantId, "tenantId");
		Invariants.requiredText(userId, "userId");
		Invariants.requiredText(email, "email");
		Invariants.requiredText(displayName, "displayName");
		roles = Invariants.copyOf(roles, "roles");
		for (String role : roles) {
			Invariants.oneOf(role, ROLES, "roles");
		}
		if (roles.size() != Set.copyOf(roles).size()) {
			throw new IllegalArgumentException("roles must not repeat a role but was " + roles);
		}
		if (locale != null) {
			Invariants.requiredText(locale, "locale");
		}
		Invariants.required(changedAt, "changedAt");
	}

	@Override
	public String entityId() {
		return this.userId;
	}

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String topic() {
		return Topics.AUTH_MEMBERS;
	}

}
