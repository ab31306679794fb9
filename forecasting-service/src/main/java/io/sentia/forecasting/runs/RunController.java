package io.sentia.forecasting.runs;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import io.sentia.servicekit.errors.ApiProblemException;
import io.sentia.servicekit.security.Access;
import io.sentia.servicekit.security.Role;
import io.sentia.servicekit.tenancy.TenantContext;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Forecast runs of the caller's tenant: start one, follow it, list recent ones.
 */
@RestController
@RequestMapping("/api/forecasting/v1/runs")
class RunController {

	static final String FORECASTS_READ = "forecasts.read";

	static final String FORECASTS_WRITE = "forecasts.write";

	private final RunService runs;

	private final RunEvents events;

	private final TenantContext tenants;

	RunController(RunService runs, RunEvents events, TenantContext tenants) {
		this.runs = runs;
		this.events = events;
		this.tenants = tenants;
	}

	/** Queues a run now; 202 with the run, followed at its {@code Location}. */
	@PostMapping
	@Access(role = Role.OPERATOR, scopes = FORECASTS_WRITE)
	ResponseEntity<ForecastRun> start() {
		ForecastRun run = this.runs.startManual(this.tenants.currentTenantId(), this.tenants.currentCaller().subject());
		return ResponseEntity.accepted().location(URI.create("/api/forecasting/v1/runs/" + run.id())).body(run);
	}

	@GetMapping
	@Access(role = Role.VIEWER, scopes = FORECASTS_READ)
	List<ForecastRun> recent(@RequestParam(name = "limit", defaultValue = "20") @Min(1) @Max(100) int limit) {
		return this.runs.recent(this.tenants.currentTenantId(), limit);
	}

	@GetMapping("/{id}")
	@Access(role = Role.VIEWER, scopes = FORECASTS_READ)
	ForecastRun run(@PathVariable("id") UUID id) {
		return this.runs.find(this.tenants.currentTenantId(), id).orElseThrow(() -> notFound(id));
	}

	@GetMapping(path = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Access(role = Role.VIEWER, scopes = FORECASTS_READ)
	SseEmitter events(@PathVariable("id") UUID id) {
		String tenantId = this.tenants.currentTenantId();
		this.runs.find(tenantId, id).orElseThrow(() -> notFound(id));
		return this.events.stream(tenantId, id);
	}

	private static ApiProblemException notFound(UUID id) {
		return ApiProblemException.notFound("No forecast run " + id + " for this tenant.");
	}

}
