package io.sentia.gateway.operations;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A piece of infrastructure the platform cannot work without.
 *
 * @param component what it is (e.g. PostgreSQL)
 * @param status its state
 * @param critical whether it being DOWN makes the platform DOWN
 * @param latencyMs how long a direct check took, when the gateway checks it directly
 * @param detail why it is not UP, when known
 * @param reportedBy service to the status it reported, for what the gateway only sees
 * through the services
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ComponentHealth(String component, HealthStatus status, boolean critical, Long latencyMs, String detail,
		Map<String, HealthStatus> reportedBy) {

}
