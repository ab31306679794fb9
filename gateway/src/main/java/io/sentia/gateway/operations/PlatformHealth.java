package io.sentia.gateway.operations;

import java.time.Instant;
import java.util.Map;

/**
 * The answer of {@code /health/detailed}.
 *
 * @param status UP, DEGRADED or DOWN by the rule in the package documentation
 * @param checkedAt when the probes ran
 * @param services every expected service, in configured order
 * @param infrastructure the registry, then what the services report (db, kafka), then the
 * gateway's Redis
 */
public record PlatformHealth(HealthStatus status, Instant checkedAt, Map<String, ServiceHealth> services,
		Map<String, ComponentHealth> infrastructure) {

}
