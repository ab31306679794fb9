package io.sentia.devstack;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ComponentTests {

	@Test
	void startsTheRegistryFirstAndTheGatewayLast() {
		assertThat(Component.ALL.get(0).name()).isEqualTo("service-registry");
		assertThat(Component.ALL.get(Component.ALL.size() - 1).name()).isEqualTo("gateway");
		assertThat(Component.ALL).filteredOn((component) -> component.order() == 1).hasSize(5);
	}

	@Test
	void servicesWaitForReadinessWhichIncludesTheirDatabaseAndKafka() {
		assertThat(Component.named("analytics-service").readinessPath()).isEqualTo("/actuator/health/readiness");
		assertThat(Component.named("gateway").readinessPath()).isEqualTo("/actuator/health");
	}

	@Test
	void shiftedPortPlansKeepEveryPortDistinct() {
		PortPlan plan = PortPlan.shiftedBy(20000);

		assertThat(Component.named("gateway").port(plan)).isEqualTo(28080);
		assertThat(Component.ALL.stream().map((component) -> component.port(plan)).distinct()).hasSize(7);
		assertThat(plan.postgres()).isEqualTo(35432);
	}

	@Test
	void rejectsAnUnknownComponentListingTheKnownOnes() {
		assertThatIllegalArgumentException().isThrownBy(() -> Component.named("billing"))
			.withMessageContaining("analytics-service");
	}

}
