package io.sentia.auth.audit;

import java.time.OffsetDateTime;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.regex.Pattern;

import io.sentia.servicekit.errors.ApiProblemException;
import io.sentia.servicekit.security.Access;
import io.sentia.servicekit.security.Role;
import io.sentia.servicekit.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ADMIN's view of their own tenant's audit log, filtered by time, actor and action,
 * newest first, a page at a time.
 */
@RestController
class AuditController {

	static final String PATH = "/api/auth/v1/audit";

	static final int DEFAULT_LIMIT = 50;

	static final int MAX_LIMIT = 200;

	private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+");

	private final AuditSearch search;

	private final TenantContext tenantContext;

	AuditController(AuditSearch search, TenantContext tenantContext) {
		this.search = search;
		this.tenantContext = tenantContext;
	}

	@GetMapping(PATH)
	@Access(role = Role.ADMIN)
	AuditPage audit(
			@RequestParam(name = "from",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable OffsetDateTime from,
			@RequestParam(name = "to",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable OffsetDateTime to,
			@RequestParam(name = "actor", required = false) @Nullable String actor,
			@RequestParam(name = "action", required = false) @Nullable String action,
			@RequestParam(name = "limit", defaultValue = "" + DEFAULT_LIMIT) int limit,
			@RequestParam(name = "cursor", required = false) @Nullable String cursor) {
		if (from != null && to != null && !from.isBefore(to)) {
			throw ApiProblemException.invalidParameter("from", "must be before to");
		}
		if (limit < 1 || limit > MAX_LIMIT) {
			throw ApiProblemException.invalidParameter("limit", "must be between 1 and " + MAX_LIMIT);
		}
		if (actor != null && (actor.isBlank() || actor.length() > 200)) {
			throw ApiProblemException.invalidParameter("actor", "must be a user id or client id");
		}
		if (action != null && (action.length() > 100 || !ACTION.matcher(action).matches())) {
			throw ApiProblemException.invalidParameter("action", "must be an action name such as user.role_changed");
		}
		Long before = null;
		if (cursor != null) {
			OptionalLong position = AuditSearch.position(cursor);
			if (position.isEmpty()) {
				throw ApiProblemException.invalidParameter("cursor", "must be a nextCursor from an earlier page");
			}
			before = position.getAsLong();
		}
		UUID tenantId = UUID.fromString(this.tenantContext.currentTenantId());
		return this.search.find(new AuditQuery(tenantId, (from != null) ? from.toInstant() : null,
				(to != null) ? to.toInstant() : null, actor, action, before, limit));
	}

}
