package io.sentia.gateway.operations;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A domain service as the gateway sees it.
 *
 * @param status UP when every instance is UP, DEGRADED when some are, DOWN when none is
 * (or none is registered)
 * @param critical always false: see the package documentation
 * @param instances how many instances the registry lists
 * @param latencyMs the slowest instance health call, absent without instances
 * @param detail why it is not UP, when known
 * @param checks one entry per instance
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServiceHealth(HealthStatus status, boolean critical, int instances, Long latencyMs, String detail,
		List<InstanceHealth> checks) {

}
