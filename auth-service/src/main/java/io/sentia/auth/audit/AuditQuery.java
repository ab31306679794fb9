package io.sentia.auth.audit;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What an ADMIN asks of their tenant's audit log; every part is optional.
 *
 * @param tenantId the tenant (from the token, never from the request)
 * @param from earliest time, inclusive
 * @param to latest time, exclusive
 * @param actor the actor's id (user id or client id)
 * @param action the action, e.g. {@code login.failed}
 * @param before only entries older than this position (from the cursor)
 * @param limit the most entries to return
 */
public record AuditQuery(UUID tenantId, @Nullable Instant from, @Nullable Instant to, @Nullable String actor,
		@Nullable String action, @Nullable Long before, int limit) {

}
