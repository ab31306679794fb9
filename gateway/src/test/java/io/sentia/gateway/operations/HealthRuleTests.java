package io.sentia.gateway.operations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class HealthRuleTests {

	@Test
	void judgesAnInstanceDownWhenItDoesNotAnswer() {
		InstanceHealth instance = HealthRule.instance("http://a", ProbeResult.failed("Connection refused", 3), null,
				Map.of());

		assertThat(instance.status()).isEqualTo(HealthStatus.DOWN);
		assertThat(instance.detail()).isEqualTo("Connection refused");
	}

	@Test
	void neverJudgesAnInstanceUpWithoutASuccessfulAnswer() {
		InstanceHealth instance = HealthRule.instance("http://a", ProbeResult.answered(500, "{}", 3), HealthStatus.UP,
				Map.of());

		assertThat(instance.status()).isEqualTo(HealthStatus.DOWN);
	}

	@Test
	void takesTheStatusAnInstanceReports() {
		InstanceHealth instance = HealthRule.instance("http://a", ProbeResult.answered(503, "{}", 3), HealthStatus.DOWN,
				Map.of("db", HealthStatus.DOWN));

		assertThat(instance.status()).isEqualTo(HealthStatus.DOWN);
		assertThat(instance.reports()).containsEntry("db", HealthStatus.DOWN);
	}

	@Test
	void judgesAServiceWithoutInstancesDown() {
		ServiceHealth service = HealthRule.service(List.of());

		assertThat(service.status()).isEqualTo(HealthStatus.DOWN);
		assertThat(service.instances()).isZero();
		assertThat(service.detail()).isEqualTo("no instance registered");
	}

	@Test
	void judgesAServiceWithSomeInstancesDownDegradedAndReportsTheSlowestCall() {
		ServiceHealth service = HealthRule
			.service(List.of(instance(HealthStatus.UP, 12, Map.of()), instance(HealthStatus.DOWN, 40, Map.of())));

		assertThat(service.status()).isEqualTo(HealthStatus.DEGRADED);
		assertThat(service.instances()).isEqualTo(2);
		assertThat(service.latencyMs()).isEqualTo(40);
	}

	@ParameterizedTest(name = "db seen as {0} and {1} -> {2}")
	@CsvSource({ "UP, UP, UP", "DOWN, DOWN, DOWN", "UP, DOWN, DEGRADED", "DOWN, UP, DEGRADED" })
	void judgesSharedInfrastructureByWhatTheServicesSee(HealthStatus first, HealthStatus second,
			HealthStatus expected) {
		Map<String, ServiceHealth> services = new LinkedHashMap<>();
		services.put("auth-service", serviceSeeing("db", first));
		services.put("analytics-service", serviceSeeing("db", second));

		ComponentHealth db = HealthRule.infrastructure("PostgreSQL", "db", services);

		assertThat(db.status()).isEqualTo(expected);
		assertThat(db.critical()).isTrue();
		assertThat(db.reportedBy()).containsEntry("auth-service", first).containsEntry("analytics-service", second);
	}

	@Test
	void ignoresServicesThatDoNotReportAComponent() {
		Map<String, ServiceHealth> services = new LinkedHashMap<>();
		services.put("auth-service", serviceSeeing("db", HealthStatus.DOWN));
		services.put("notifications-service", HealthRule.service(List.of()));

		assertThat(HealthRule.infrastructure("PostgreSQL", "db", services).status()).isEqualTo(HealthStatus.DOWN);
	}

	@Test
	void cannotTellInfrastructureStateWhenNoServiceReportsIt() {
		ComponentHealth kafka = HealthRule.infrastructure("Kafka", "kafka",
				Map.of("auth-service", HealthRule.service(List.of())));

		assertThat(kafka.status()).isEqualTo(HealthStatus.UNKNOWN);
		assertThat(HealthRule.overall(List.of(), List.of(kafka))).isEqualTo(HealthStatus.DEGRADED);
	}

	@ParameterizedTest(name = "service {0}, registry {1}, db {2} -> {3}")
	@CsvSource({ "UP, UP, UP, UP", "DOWN, UP, UP, DEGRADED", "DEGRADED, UP, UP, DEGRADED", "UP, DOWN, UP, DOWN",
			"UP, UP, DOWN, DOWN", "DOWN, UP, DEGRADED, DEGRADED", "DOWN, DOWN, UP, DOWN", "UP, UP, UNKNOWN, DEGRADED" })
	void isDownOnlyWhenSomethingCriticalIsDown(HealthStatus service, HealthStatus registry, HealthStatus db,
			HealthStatus expected) {
		ServiceHealth analytics = new ServiceHealth(service, false, 1, 5L, null, List.of());
		ComponentHealth registryHealth = new ComponentHealth("Eureka", registry, true, 2L, null, null);
		ComponentHealth dbHealth = new ComponentHealth("PostgreSQL", db, true, null, null, Map.of());

		assertThat(HealthRule.overall(List.of(analytics), List.of(registryHealth, dbHealth))).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "UP, UP", "DOWN, DOWN", "OUT_OF_SERVICE, DOWN", "UNKNOWN, UNKNOWN", "SOMETHING, UNKNOWN" })
	void readsSpringBootHealthStatuses(String boot, HealthStatus expected) {
		assertThat(HealthRule.fromBoot(boot)).isEqualTo(expected);
	}

	private static ServiceHealth serviceSeeing(String component, HealthStatus status) {
		return HealthRule.service(List.of(instance(HealthStatus.UP, 5, Map.of(component, status))));
	}

	private static InstanceHealth instance(HealthStatus status, long latencyMs, Map<String, HealthStatus> reports) {
		return new InstanceHealth("http://instance", status, latencyMs, 200, null, reports);
	}

}
