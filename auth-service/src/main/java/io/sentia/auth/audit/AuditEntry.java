package io.sentia.auth.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.sentia.events.AuditRecorded.Actor;
import io.sentia.events.AuditRecorded.ActorType;
import io.sentia.events.AuditRecorded.Outcome;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * One thing to put in the audit log. Build it with {@link #of} and the {@code with*}
 * methods; {@link AuditLog} fills the client address and trace id from the current
 * request when they are not given.
 *
 * @param actor who did it
 * @param tenantId the tenant it happened in, or {@code null} when there is none (e.g. a
 * sign-in attempt for an unknown email, a platform action)
 * @param action what was done, {@code <noun>.<verb>}, e.g. {@code login.failed}
 * @param targetType kind of thing acted on, e.g. {@code user}, or {@code null}
 * @param targetId id of the thing acted on, or {@code null}
 * @param outcome whether it worked
 * @param details further facts, never secrets
 * @param clientAddress the client's IP address, or {@code null} to take it from the
 * current request
 * @param traceId the W3C trace id, or {@code null} to take it from the current span
 */
public record AuditEntry(Actor actor, @Nullable UUID tenantId, String action, @Nullable String targetType,
		@Nullable String targetId, Outcome outcome, Map<String, String> details, @Nullable String clientAddress,
		@Nullable String traceId) {

	public AuditEntry {
		Assert.notNull(actor, "actor is required");
		Assert.hasText(action, "action is required");
		Assert.notNull(outcome, "outcome is required");
		details = Map.copyOf(details);
	}

	/**
	 * Starts an entry without target or details.
	 * @param actor who did it
	 * @param tenantId the tenant, or {@code null}
	 * @param action what was done
	 * @param outcome whether it worked
	 * @return the entry
	 */
	public static AuditEntry of(Actor actor, @Nullable UUID tenantId, String action, Outcome outcome) {
		return new AuditEntry(actor, tenantId, action, null, null, outcome, Map.of(), null, null);
	}

	/**
	 * A signed-in (or signing-in) user.
	 * @param userId the user's id
	 * @param name the display name or email, or {@code null}
	 * @return the actor
	 */
	public static Actor user(UUID userId, @Nullable String name) {
		return new Actor(ActorType.USER, userId.toString(), name);
	}

	/**
	 * An OAuth2 client acting for itself (partner or platform operator).
	 * @param clientId the client id
	 * @return the actor
	 */
	public static Actor client(String clientId) {
		return new Actor(ActorType.CLIENT, clientId, null);
	}

	/**
	 * Sentia itself (a scheduled job, the bootstrap).
	 * @return the actor
	 */
	public static Actor system() {
		return new Actor(ActorType.SYSTEM, "auth-service", "Sentia");
	}

	/**
	 * Someone not yet identified, e.g. a sign-in attempt for an unknown email.
	 * @return the actor
	 */
	public static Actor anonymous() {
		return new Actor(ActorType.USER, "anonymous", null);
	}

	/**
	 * Returns this entry acting on {@code type}/{@code id}.
	 * @param type kind of target
	 * @param id id of the target
	 * @return a new entry
	 */
	public AuditEntry withTarget(String type, String id) {
		return new AuditEntry(this.actor, this.tenantId, this.action, type, id, this.outcome, this.details,
				this.clientAddress, this.traceId);
	}

	/**
	 * Returns this entry with one more detail.
	 * @param name detail name
	 * @param value detail value, never a secret
	 * @return a new entry
	 */
	public AuditEntry withDetail(String name, String value) {
		Map<String, String> more = new LinkedHashMap<>(this.details);
		more.put(name, value);
		return new AuditEntry(this.actor, this.tenantId, this.action, this.targetType, this.targetId, this.outcome,
				more, this.clientAddress, this.traceId);
	}

	/**
	 * Returns this entry with an explicit client address (outside a request, or when the
	 * address was captured earlier).
	 * @param address the client's IP address
	 * @return a new entry
	 */
	public AuditEntry withClientAddress(@Nullable String address) {
		return new AuditEntry(this.actor, this.tenantId, this.action, this.targetType, this.targetId, this.outcome,
				this.details, address, this.traceId);
	}

}
