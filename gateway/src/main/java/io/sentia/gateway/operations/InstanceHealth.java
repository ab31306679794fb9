package io.sentia.gateway.operations;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One instance's answer to its health endpoint.
 *
 * @param uri the instance's base URI
 * @param status what the instance said, DOWN when it did not answer
 * @param latencyMs how long the health call took
 * @param httpStatus the answer's status, absent when there was none
 * @param detail why it is not UP, when known
 * @param reports infrastructure component to the status the instance reported for it
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record InstanceHealth(String uri, HealthStatus status, long latencyMs, Integer httpStatus, String detail,
		Map<String, HealthStatus> reports) {

}
