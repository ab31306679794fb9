package io.sentia.events;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Someone did something security-relevant in a tenant: who, what, to what, with what
 * result.
 *
 * @param tenantId owning tenant
 * @param auditId unique id of this audit entry
 * @param occurredAt when it happened
 * @param actor who did it
 * @param action what was done, {@code <noun>.<verb>}, e.g. {@code user.invited},
 * {@code connection.created}, {@code login.failed}
 * @param targetType kind of thing acted on, e.g. {@code user}, or {@code null} if none
 * @param targetId id of the thing acted on, or {@code null} if none
 * @param outcome whether it worked
 * @param details further facts, free of secrets, in the order to show them
 * @param sourceService the service that recorded it
 * @param ipAddress the client's IP address, or {@code null} for internal actions
 * @param traceId the W3C trace id of the request, or {@code null}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AuditRecorded(String tenantId, String auditId, Instant occurredAt, Actor actor, String action,
		String targetType, String targetId, Outcome outcome, Map<String, String> details, String sourceService,
		String ipAddress, String traceId) implements SentiaEvent {

	public static final String TYPE = "sentia.auth.audit.recorded.v1";

	public AuditRecorded {
		Invariants.requiredText(tenantId, "tenantId");
		Invariants.requiredText(auditId, "auditId");
		Invariants.required(occurredAt, "occurredAt");
		Invariants.required(actor, "actor");
		Invariants.requiredText(action, "action");
		Invariants.required(outcome, "outcome");
		details = Invariants.copyOf(details, "details");
		Invariants.requiredText(sourceService, "sourceService");
	}

	@Override
	public String entityId() {
		return this.auditId;
	}

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String topic() {
		return Topics.AUTH_AUDIT;
	}

	/**
	 * Who did it.
	 *
	 * @param type kind of actor
	 * @param id user id, OAuth2 client id, or the service name for the system
	 * @param name display name, or {@code null}
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Actor(ActorType type, String id, String name) {

		public Actor {
			Invariants.required(type, "actor.type");
			Invariants.requiredText(id, "actor.id");
		}

	}

	/** Kind of actor. */
	public enum ActorType {

		/** A person signed in to the dashboard. */
		@JsonProperty("user")
		USER,

		/** A partner system using OAuth2 client credentials. */
		@JsonProperty("client")
		CLIENT,

		/** Sentia itself, e.g. a scheduled job. */
		@JsonProperty("system")
		SYSTEM

	}

	/** Whether an audited action worked. */
	public enum Outcome {

		@JsonProperty("success")
		SUCCESS,

		/** Refused for lack of permission. */
		@JsonProperty("denied")
		DENIED,

		/** Attempted but failed. */
		@JsonProperty("failure")
		FAILURE

	}

}
