package io.sentia.gateway.operations;

import java.util.LinkedHashMap;
import java.util.Map;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.sentia.gateway.security.OperationsCredential;
import reactor.core.publisher.Mono;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/** The endpoints runbooks and load balancers call (ARCHITECTURE.md §5). */
@RestController
class OperationsController {

	static final MediaType PROMETHEUS_TEXT = MediaType.parseMediaType("text/plain;version=0.0.4;charset=utf-8");

	private final PlatformHealthCheck healthCheck;

	private final ApplicationAvailability availability;

	private final PrometheusMeterRegistry prometheus;

	OperationsController(PlatformHealthCheck healthCheck, ApplicationAvailability availability,
			PrometheusMeterRegistry prometheus) {
		this.healthCheck = healthCheck;
		this.availability = availability;
		this.prometheus = prometheus;
	}

	/** Alive: the process answers and Spring has not declared it broken. */
	@GetMapping("/health")
	ResponseEntity<Map<String, HealthStatus>> alive() {
		boolean alive = this.availability.getLivenessState() == LivenessState.CORRECT;
		return answer(alive ? HealthStatus.UP : HealthStatus.DOWN,
				Map.of("status", alive ? HealthStatus.UP : HealthStatus.DOWN));
	}

	@GetMapping("/health/ready")
	Mono<ResponseEntity<Readiness>> ready() {
		return this.healthCheck.registry().map((registry) -> {
			Map<String, ComponentHealth> components = new LinkedHashMap<>();
			components.put(PlatformHealthCheck.REGISTRY, registry);
			boolean accepting = this.availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
			if (!accepting) {
				components.put("gateway", new ComponentHealth("Sentia gateway", HealthStatus.DOWN, true, null,
						"refusing traffic (starting or shutting down)", null));
			}
			HealthStatus status = (accepting && registry.status() == HealthStatus.UP) ? HealthStatus.UP
					: HealthStatus.DOWN;
			return answer(status, new Readiness(status, components));
		});
	}

	/**
	 * The platform's state: the summary for anyone, every service, instance and address
	 * only for a holder of the operations credential.
	 */
	@GetMapping("/health/detailed")
	Mono<ResponseEntity<?>> detailed(ServerWebExchange exchange) {
		Mono<Boolean> operator = exchange.getPrincipal()
			.filter(Authentication.class::isInstance)
			.map((principal) -> ((Authentication) principal).getAuthorities()
				.stream()
				.anyMatch((authority) -> OperationsCredential.AUTHORITY.equals(authority.getAuthority())))
			.defaultIfEmpty(false);
		return Mono.zip(this.healthCheck.platform(), operator)
			.map((checked) -> checked.getT2() ? answer(checked.getT1().status(), checked.getT1())
					: answer(checked.getT1().status(),
							new PlatformSummary(checked.getT1().status(), checked.getT1().checkedAt())));
	}

	/** The same text as {@code /actuator/prometheus}, where runbooks expect it. */
	@GetMapping("/metrics")
	ResponseEntity<String> metrics() {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.contentType(PROMETHEUS_TEXT)
			.body(this.prometheus.scrape());
	}

	private static <T> ResponseEntity<T> answer(HealthStatus status, T body) {
		HttpStatus http = (status == HealthStatus.DOWN) ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.OK;
		return ResponseEntity.status(http).cacheControl(CacheControl.noStore()).body(body);
	}

}
