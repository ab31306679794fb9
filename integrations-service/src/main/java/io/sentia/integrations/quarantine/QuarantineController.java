package io.sentia.integrations.quarantine;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.sentia.integrations.connector.IngestResult;
import io.sentia.servicekit.errors.ApiProblemException;
import io.sentia.servicekit.security.Access;
import io.sentia.servicekit.security.Role;
import io.sentia.servicekit.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tenant's quarantined records: list, look at, re-process after a fix, or dismiss.
 */
@RestController
@RequestMapping("/api/integrations/v1/quarantine")
class QuarantineController {

	private static final List<String> STATUSES = List.of("open", "resolved", "dismissed");

	private final Quarantine quarantine;

	private final Reprocessing reprocessing;

	private final TenantContext tenant;

	QuarantineController(Quarantine quarantine, Reprocessing reprocessing, TenantContext tenant) {
		this.quarantine = quarantine;
		this.reprocessing = reprocessing;
		this.tenant = tenant;
	}

	@GetMapping
	@Access(role = Role.VIEWER, scopes = "integrations.read")
	List<QuarantinedRecord> list(@RequestParam(name = "connection", required = false) @Nullable UUID connection,
			@RequestParam(name = "stream", required = false) @Nullable String stream,
			@RequestParam(name = "status", required = false) @Nullable String status,
			@RequestParam(name = "limit", defaultValue = "100") int limit) {
		if (status != null && !STATUSES.contains(status)) {
			throw ApiProblemException.invalidParameter("status", "must be one of " + STATUSES);
		}
		return this.quarantine.list(this.tenant.currentTenantId(), connection, stream, status,
				Math.clamp(limit, 1, 1000));
	}

	@GetMapping("/{id}")
	@Access(role = Role.VIEWER, scopes = "integrations.read")
	QuarantinedRecord get(@PathVariable("id") UUID id) {
		return this.quarantine.find(this.tenant.currentTenantId(), id)
			.orElseThrow(() -> ApiProblemException.notFound("no quarantined record " + id));
	}

	@PostMapping("/{id}/reprocess")
	@Access(role = Role.OPERATOR, scopes = "integrations.write")
	IngestResult reprocess(@PathVariable("id") UUID id) {
		QuarantinedRecord record = get(id);
		if (!"open".equals(record.status())) {
			throw ApiProblemException.conflict("quarantined record " + id + " is " + record.status() + ", not open");
		}
		return this.reprocessing.reprocess(this.tenant.currentTenantId(), List.of(record));
	}

	@PostMapping("/{id}/dismiss")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Access(role = Role.OPERATOR, scopes = "integrations.write")
	void dismiss(@PathVariable("id") UUID id) {
		QuarantinedRecord record = get(id);
		if (!"dismissed".equals(record.status()) && !this.quarantine.dismiss(this.tenant.currentTenantId(), id)) {
			throw ApiProblemException.conflict("quarantined record " + id + " is " + record.status() + ", not open");
		}
	}

	/** Re-processes every open record of a connection (optionally one stream). */
	@PostMapping(path = "", params = "connection")
	@Access(role = Role.OPERATOR, scopes = "integrations.write")
	Map<String, Object> reprocessConnection(@RequestParam("connection") UUID connection,
			@RequestParam(name = "stream", required = false) @Nullable String stream) {
		String tenantId = this.tenant.currentTenantId();
		List<QuarantinedRecord> open = this.quarantine.open(tenantId, connection, stream);
		IngestResult result = this.reprocessing.reprocess(tenantId, open);
		return Map.of("reprocessed", result.read(), "accepted", result.read() - result.rejected(), "stillRejected",
				result.rejected());
	}

}
