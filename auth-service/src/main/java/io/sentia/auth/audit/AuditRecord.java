package io.sentia.auth.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One audit log entry as the audit API shows it.
 *
 * @param id the entry's id
 * @param occurredAt when it happened
 * @param actorType {@code user}, {@code client} or {@code system}
 * @param actorId user id, client id or service name
 * @param actorName display name or e-mail, if known
 * @param action what was done, e.g. {@code user.role_changed}
 * @param targetType kind of thing acted on, if any
 * @param targetId id of the thing acted on, if any
 * @param outcome {@code success}, {@code denied} or {@code failure}
 * @param clientAddress where the request came from, if known
 * @param traceId the trace of the request, if known
 * @param details further facts
 */
public record AuditRecord(UUID id, Instant occurredAt, String actorType, String actorId, @Nullable String actorName,
		String action, @Nullable String targetType, @Nullable String targetId, String outcome,
		@Nullable String clientAddress, @Nullable String traceId, Map<String, String> details) {

}
