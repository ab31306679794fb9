package io.sentia.gateway.operations;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Turns probe results into statuses; the rule itself is documented on the package. Pure
 * functions, so every case can be tested without a network.
 */
final class HealthRule {

	private HealthRule() {
	}

	/**
	 * Maps a Spring Boot health status to ours; anything but UP, DOWN, OUT_OF_SERVICE is
	 * UNKNOWN.
	 */
	static HealthStatus fromBoot(String status) {
		return switch (status) {
			case "UP" -> HealthStatus.UP;
			case "DOWN", "OUT_OF_SERVICE" -> HealthStatus.DOWN;
			default -> HealthStatus.UNKNOWN;
		};
	}

	/**
	 * An instance is what it says it is, but never UP without a 2xx answer; no answer is
	 * DOWN.
	 * @param uri the instance's base URI
	 * @param probe the health call
	 * @param reportedStatus the {@code status} in the answer, {@code null} when absent
	 * @param reports infrastructure component statuses found in the answer
	 * @return the instance's health
	 */
	static InstanceHealth instance(String uri, ProbeResult probe, HealthStatus reportedStatus,
			Map<String, HealthStatus> reports) {
		if (probe.failure() != null) {
			return new InstanceHealth(uri, HealthStatus.DOWN, probe.latencyMs(), null, probe.failure(), Map.of());
		}
		HealthStatus status;
		if (reportedStatus == null || reportedStatus == HealthStatus.UP) {
			status = probe.answeredOk() ? HealthStatus.UP : HealthStatus.DOWN;
		}
		else {
			status = reportedStatus;
		}
		String detail = (status != HealthStatus.UP) ? "health answered HTTP " + probe.httpStatus()
				+ ((reportedStatus != null) ? " with status " + reportedStatus : "") : null;
		return new InstanceHealth(uri, status, probe.latencyMs(), probe.httpStatus(), detail, Map.copyOf(reports));
	}

	/**
	 * A service is UP when all its instances are, DOWN when none is, DEGRADED in between.
	 */
	static ServiceHealth service(List<InstanceHealth> checks) {
		if (checks.isEmpty()) {
			return new ServiceHealth(HealthStatus.DOWN, false, 0, null, "no instance registered", List.of());
		}
		long up = checks.stream().filter((check) -> check.status() == HealthStatus.UP).count();
		HealthStatus status = (up == checks.size()) ? HealthStatus.UP
				: (up == 0) ? HealthStatus.DOWN : HealthStatus.DEGRADED;
		String detail = (status == HealthStatus.UP) ? null
				: (checks.size() - up) + " of " + checks.size() + " instances not UP";
		long slowest = checks.stream().mapToLong(InstanceHealth::latencyMs).max().orElse(0);
		return new ServiceHealth(status, false, checks.size(), slowest, detail, List.copyOf(checks));
	}

	static ComponentHealth registry(ProbeResult probe) {
		if (probe.answeredOk()) {
			return new ComponentHealth("Eureka service registry", HealthStatus.UP, true, probe.latencyMs(), null, null);
		}
		String detail = (probe.failure() != null) ? probe.failure() : "answered HTTP " + probe.httpStatus();
		return new ComponentHealth("Eureka service registry", HealthStatus.DOWN, true, probe.latencyMs(), detail, null);
	}

	/**
	 * Infrastructure seen through the services: DOWN when every service reporting it sees
	 * it down, DEGRADED when some do, UNKNOWN when none reported.
	 * @param label what the component is (e.g. PostgreSQL)
	 * @param component the health component name services use (e.g. db)
	 * @param services the services' health, with their instances' reports
	 * @return the component's health
	 */
	static ComponentHealth infrastructure(String label, String component, Map<String, ServiceHealth> services) {
		Map<String, HealthStatus> reportedBy = new LinkedHashMap<>();
		services.forEach((name, service) -> report(service, component).ifPresent((s) -> reportedBy.put(name, s)));
		List<String> seeingDown = reportedBy.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() == HealthStatus.DOWN)
			.map(Map.Entry::getKey)
			.toList();
		if (reportedBy.isEmpty()) {
			return new ComponentHealth(label, HealthStatus.UNKNOWN, true, null,
					"no reachable service reported " + label, reportedBy);
		}
		if (seeingDown.size() == reportedBy.size()) {
			return new ComponentHealth(label, HealthStatus.DOWN, true, null,
					"every service reporting " + label + " sees it down", reportedBy);
		}
		if (!seeingDown.isEmpty()) {
			return new ComponentHealth(label, HealthStatus.DEGRADED, true, null,
					label + " is down for " + String.join(", ", seeingDown), reportedBy);
		}
		return new ComponentHealth(label, HealthStatus.UP, true, null, null, reportedBy);
	}

	/** One service's word on a component: DOWN if any of its instances sees it down. */
	private static Optional<HealthStatus> report(ServiceHealth service, String component) {
		List<HealthStatus> reports = service.checks()
			.stream()
			.map((check) -> check.reports().get(component))
			.filter((status) -> status == HealthStatus.UP || status == HealthStatus.DOWN)
			.toList();
		if (reports.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(reports.contains(HealthStatus.DOWN) ? HealthStatus.DOWN : HealthStatus.UP);
	}

	/**
	 * DOWN when a critical part is DOWN, DEGRADED when anything else is not UP, else UP.
	 */
	static HealthStatus overall(Collection<ServiceHealth> services, Collection<ComponentHealth> infrastructure) {
		boolean criticalDown = Stream
			.concat(services.stream().map((s) -> s.critical() && s.status() == HealthStatus.DOWN),
					infrastructure.stream().map((c) -> c.critical() && c.status() == HealthStatus.DOWN))
			.anyMatch(Boolean::booleanValue);
		if (criticalDown) {
			return HealthStatus.DOWN;
		}
		boolean allUp = services.stream().allMatch((s) -> s.status() == HealthStatus.UP)
				&& infrastructure.stream().allMatch((c) -> c.status() == HealthStatus.UP);
		return allUp ? HealthStatus.UP : HealthStatus.DEGRADED;
	}

}
