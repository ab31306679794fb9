package io.sentia.gateway.operations;

import java.time.Instant;

/**
 * What {@code /health/detailed} tells a caller without the operations credential: the
 * verdict, not the platform's layout.
 *
 * @param status UP, DEGRADED or DOWN
 * @param checkedAt when the probes ran
 */
public record PlatformSummary(HealthStatus status, Instant checkedAt) {

}
