package io.sentia.deploychecks;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The strict reading the overlay checks rely on: a misspelt or misplaced field anywhere
 * in an object is refused with its path, a value of the wrong type is refused, and a
 * custom resource is handed back untyped for its own checks.
 */
class StrictKubernetesModelTests {

	private final StrictKubernetesModel model = new StrictKubernetesModel();

	@Test
	void readsAWellFormedDeployment() {
		assertThat(this.model.parse(yaml(deployment("readinessProbe")))).isInstanceOf(Deployment.class);
	}

	@Test
	void refusesAMisspeltFieldDeepInsideAnObjectNamingItsPath() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.model.parse(yaml(deployment("readinesProbe"))))
			.withMessageContaining("Deployment gateway")
			.withMessageContaining("spec.template.spec.containers[0].readinesProbe");
	}

	@Test
	void refusesAFieldAtTheWrongLevel() {
		String misplaced = deployment("readinessProbe").replace("  replicas: 2", "  replicas: 2\n  minReplicas: 1");
		assertThatIllegalArgumentException().isThrownBy(() -> this.model.parse(yaml(misplaced)))
			.withMessageContaining("spec.minReplicas");
	}

	@Test
	void refusesAValueOfTheWrongType() {
		String wrongType = deployment("readinessProbe").replace("replicas: 2", "replicas: two");
		assertThatThrownBy(() -> this.model.parse(yaml(wrongType))).isInstanceOf(RuntimeException.class);
	}

	@Test
	void handsCustomResourcesBackUntyped() {
		JsonNode kafka = yaml("""
				apiVersion: kafka.strimzi.io/v1beta2
				kind: Kafka
				metadata:
				  name: sentia
				spec:
				  kafka:
				    listeners: []
				""");
		assertThat(this.model.parse(kafka)).isInstanceOf(GenericKubernetesResource.class);
	}

	private static String deployment(String probeField) {
		return """
				apiVersion: apps/v1
				kind: Deployment
				metadata:
				  name: gateway
				spec:
				  replicas: 2
				  selector:
				    matchLabels:
				      app.kubernetes.io/name: gateway
				  template:
				    metadata:
				      labels:
				        app.kubernetes.io/name: gateway
				    spec:
				      containers:
				        - name: gateway
				          image: sentia/gateway:0.1.0
				          %s:
				            httpGet:
				              path: /actuator/health/readiness
				              port: 8080
				""".formatted(probeField);
	}

	private static JsonNode yaml(String text) {
		return new YAMLMapper().readTree(text);
	}

}
