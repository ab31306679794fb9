package io.sentia.gateway.operations;

import java.util.Map;

/**
 * The answer of {@code /health/ready}: the gateway can route when it accepts traffic and
 * can reach the registry that tells it where the services are.
 *
 * @param status UP or DOWN
 * @param components what was checked
 */
public record Readiness(HealthStatus status, Map<String, ComponentHealth> components) {

}
