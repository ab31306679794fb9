package io.sentia.deploychecks;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every overlay under {@code k8s/overlays} renders with Kustomize, every object parses
 * strictly into the Kubernetes model, and the platform's rules hold in each: probes on
 * Spring Boot's health groups, resources, a non-root read-only container, HPA and PDB for
 * the stateless applications, no load balancer, one Ingress to the gateway,
 * NetworkPolicies that open each data store and the registry only to the applications
 * that use them, and no secret value in the repository.
 */
class KubernetesOverlayTests {

	static List<String> overlays() {
		return RenderedOverlay.NAMES;
	}

	static Stream<org.junit.jupiter.params.provider.Arguments> overlaysAndApplications() {
		return overlays().stream()
			.flatMap((overlay) -> Repository.applications()
				.stream()
				.map((application) -> org.junit.jupiter.params.provider.Arguments.of(overlay, application)));
	}

	@ParameterizedTest
	@MethodSource("overlaysAndApplications")
	void runsEachApplicationOnItsPortWithItsImage(String overlay, String application) {
		Deployment deployment = deployment(overlay, application);
		Container container = container(deployment);
		assertThat(container.getImage()).startsWith("sentia/" + application + ":").doesNotEndWith(":latest");
		assertThat(container.getPorts()).singleElement()
			.satisfies((port) -> assertThat(port.getContainerPort()).isEqualTo(Repository.serverPort(application)));
		Service service = RenderedOverlay.of(overlay).named(Service.class, application).orElseThrow();
		assertThat(service.getSpec().getPorts()).singleElement()
			.satisfies((port) -> assertThat(port.getPort()).isEqualTo(Repository.serverPort(application)));
	}

	@ParameterizedTest
	@MethodSource("overlaysAndApplications")
	void probesSpringBootsHealthGroups(String overlay, String application) {
		Container container = container(deployment(overlay, application));
		assertProbe(container.getStartupProbe(), "/actuator/health/liveness", application);
		assertProbe(container.getLivenessProbe(), "/actuator/health/liveness", application);
		assertProbe(container.getReadinessProbe(), "/actuator/health/readiness", application);
	}

	@ParameterizedTest
	@MethodSource("overlaysAndApplications")
	void requestsAndLimitsCpuAndMemory(String overlay, String application) {
		Container container = container(deployment(overlay, application));
		Map<String, Quantity> requests = container.getResources().getRequests();
		Map<String, Quantity> limits = container.getResources().getLimits();
		assertThat(requests).containsKeys("cpu", "memory");
		assertThat(limits).containsKeys("cpu", "memory");
		assertThat(Quantity.getAmountInBytes(limits.get("memory")))
			.isGreaterThanOrEqualTo(Quantity.getAmountInBytes(requests.get("memory")));
	}

	@ParameterizedTest
	@MethodSource("overlaysAndApplications")
	void runsAsNonRootOnAReadOnlyFilesystemWithAWritableTmp(String overlay, String application) {
		Deployment deployment = deployment(overlay, application);
		PodSpec pod = deployment.getSpec().getTemplate().getSpec();
		Container container = container(deployment);
		boolean nonRoot = Boolean.TRUE.equals(pod.getSecurityContext().getRunAsNonRoot())
				|| (container.getSecurityContext() != null
						&& Boolean.TRUE.equals(container.getSecurityContext().getRunAsNonRoot()));
		assertThat(nonRoot).as("runAsNonRoot of %s", application).isTrue();
		assertThat(pod.getSecurityContext().getRunAsUser()).isPositive();
		assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
		assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
		assertThat(container.getSecurityContext().getCapabilities().getDrop()).contains("ALL");
		String tmpVolume = container.getVolumeMounts()
			.stream()
			.filter((mount) -> mount.getMountPath().equals("/tmp"))
			.map((mount) -> mount.getName())
			.findFirst()
			.orElseThrow(() -> new AssertionError(application + " mounts nothing on /tmp"));
		assertThat(pod.getVolumes()).anySatisfy((volume) -> {
			assertThat(volume.getName()).isEqualTo(tmpVolume);
			assertThat(volume.getEmptyDir()).isNotNull();
		});
	}

	@ParameterizedTest
	@MethodSource("overlaysAndApplications")
	void scalesAndDrainsEveryStatelessApplication(String overlay, String application) {
		RenderedOverlay rendered = RenderedOverlay.of(overlay);
		if (application.equals("service-registry")) {
			// A standalone Eureka server keeps registrations in memory: one pod, no
			// autoscaling.
			assertThat(deployment(overlay, application).getSpec().getReplicas()).isEqualTo(1);
			assertThat(rendered.named(HorizontalPodAutoscaler.class, application)).isEmpty();
			return;
		}
		HorizontalPodAutoscaler autoscaler = rendered.named(HorizontalPodAutoscaler.class, application)
			.orElseThrow(() -> new AssertionError("no HorizontalPodAutoscaler for " + application));
		assertThat(autoscaler.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
		assertThat(autoscaler.getSpec().getScaleTargetRef().getName()).isEqualTo(application);
		assertThat(autoscaler.getSpec().getMaxReplicas()).isGreaterThanOrEqualTo(autoscaler.getSpec().getMinReplicas());
		PodDisruptionBudget budget = rendered.named(PodDisruptionBudget.class, application)
			.orElseThrow(() -> new AssertionError("no PodDisruptionBudget for " + application));
		assertThat(RenderedOverlay.matches(budget.getSpec().getSelector(),
				deployment(overlay, application).getSpec().getTemplate().getMetadata().getLabels()))
			.isTrue();
	}

	@ParameterizedTest
	@MethodSource("overlays")
	void everyWorkloadHasProbesResourcesAndANonRootUser(String overlay) {
		RenderedOverlay rendered = RenderedOverlay.of(overlay);
		for (Deployment deployment : rendered.all(Deployment.class)) {
			assertThat(Repository.applications())
				.as("Deployment %s is an application", deployment.getMetadata().getName())
				.contains(deployment.getMetadata().getName());
		}
		rendered.podTemplates().forEach((workload, template) -> {
			assertThat(template.getSpec().getSecurityContext().getRunAsNonRoot()).as("runAsNonRoot of %s", workload)
				.isTrue();
			for (Container container : template.getSpec().getContainers()) {
				assertThat(container.getReadinessProbe()).as("readiness probe of %s", workload).isNotNull();
				assertThat(container.getLivenessProbe()).as("liveness probe of %s", workload).isNotNull();
				assertThat(container.getResources().getLimits()).as("limits of %s", workload).containsKey("memory");
			}
		});
	}

	@ParameterizedTest
	@MethodSource("overlays")
	void exposesOnlyTheGatewayThroughOneIngress(String overlay) {
		RenderedOverlay rendered = RenderedOverlay.of(overlay);
		for (Service service : rendered.all(Service.class)) {
			assertThat(service.getSpec().getType()).as("type of Service %s", service.getMetadata().getName())
				.isIn(null, "ClusterIP");
		}
		assertThat(rendered.all(Ingress.class)).singleElement().satisfies((ingress) -> {
			assertThat(ingress.getSpec().getRules()).allSatisfy((rule) -> assertThat(rule.getHttp().getPaths())
				.allSatisfy((path) -> assertThat(path.getBackend().getService().getName()).isEqualTo("gateway")));
			if (!overlay.equals("dev")) {
				assertThat(ingress.getSpec().getTls()).as("TLS of the %s ingress", overlay).isNotEmpty();
			}
		});
	}

	@ParameterizedTest
	@MethodSource("overlays")
	void deniesIngressUnlessAPolicyAllowsIt(String overlay) {
		assertThat(RenderedOverlay.of(overlay).all(NetworkPolicy.class)).anySatisfy((policy) -> {
			assertThat(policy.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
			assertThat(policy.getSpec().getPodSelector().getMatchExpressions()).isNullOrEmpty();
			assertThat(policy.getSpec().getPolicyTypes()).contains("Ingress");
			assertThat(policy.getSpec().getIngress()).isEmpty();
		});
	}

	@ParameterizedTest
	@MethodSource("overlays")
	void opensTheGatewayAloneToTheIngressController(String overlay) {
		RenderedOverlay rendered = RenderedOverlay.of(overlay);
		rendered.all(NetworkPolicy.class)
			.stream()
			.flatMap((policy) -> policy.getSpec()
				.getIngress()
				.stream()
				.flatMap((rule) -> rule.getFrom().stream())
				.filter((peer) -> peer.getNamespaceSelector() != null || peer.getIpBlock() != null)
				.map((peer) -> Map.entry(policy, peer)))
			.forEach((opening) -> {
				assertThat(opening.getValue().getIpBlock())
					.as("ipBlock in %s", opening.getKey().getMetadata().getName())
					.isNull();
				String namespace = opening.getValue()
					.getNamespaceSelector()
					.getMatchLabels()
					.get("kubernetes.io/metadata.name");
				assertThat(namespace).isIn("ingress-nginx", "monitoring", "cnpg-system");
				if (namespace.equals("ingress-nginx")) {
					assertThat(opening.getKey().getSpec().getPodSelector().getMatchLabels())
						.containsEntry("app.kubernetes.io/name", "gateway");
				}
			});
	}

	@ParameterizedTest
	@MethodSource("overlays")
	void opensTheRegistryOnlyToTheApplications(String overlay) {
		RenderedOverlay rendered = RenderedOverlay.of(overlay);
		List<String> admitted = admittedTo(rendered, "service-registry");
		assertThat(admitted).containsExactlyInAnyOrderElementsOf(
				Repository.applications().stream().filter((app) -> !app.equals("service-registry")).toList());
	}

	@ParameterizedTest
	@MethodSource("overlays")
	void opensEachDataStoreOnlyToTheApplicationsThatUseIt(String overlay) {
		RenderedOverlay rendered = RenderedOverlay.of(overlay);
		List<String> services = List.of("auth-service", "integrations-service", "forecasting-service",
				"analytics-service", "notifications-service");
		// Redis replicas may follow the primary; no other workload but its two users
		// reaches it.
		assertThat(admittedTo(rendered, "redis").stream().filter((workload) -> !workload.startsWith("redis")))
			.containsExactlyInAnyOrder("gateway", "analytics-service");
		if (overlay.equals("prod")) {
			// Kafka's policy is written by Strimzi from the listener's peers
			// (ProductionDataStoresTests).
			for (String service : services) {
				String cluster = service.replace("-service", "-db");
				List<NetworkPolicy> policies = rendered.all(NetworkPolicy.class)
					.stream()
					.filter((policy) -> cluster
						.equals(policy.getSpec().getPodSelector().getMatchLabels().get("cnpg.io/cluster")))
					.toList();
				assertThat(policies).as("NetworkPolicy of %s", cluster).isNotEmpty();
				assertThat(policies.stream().flatMap((policy) -> rendered.workloadsAdmittedBy(policy).stream()))
					.as("workloads admitted to %s", cluster)
					.containsExactly(service);
			}
		}
		else {
			assertThat(admittedTo(rendered, "postgres")).containsExactlyInAnyOrderElementsOf(services);
			assertThat(admittedTo(rendered, "kafka")).containsExactlyInAnyOrderElementsOf(services);
		}
	}

	@ParameterizedTest
	@MethodSource("overlays")
	void commitsNoSecretValues(String overlay) {
		RenderedOverlay rendered = RenderedOverlay.of(overlay);
		assertThat(rendered.all(Secret.class)).as("Secrets rendered from the repository").isEmpty();
		List<String> cnpgSecrets = rendered.customResources("postgresql.cnpg.io", "Cluster")
			.stream()
			.map((cluster) -> cluster.get("metadata").get("name").asString() + "-app")
			.toList();
		rendered.podTemplates().forEach((workload, template) -> {
			for (Container container : template.getSpec().getContainers()) {
				for (EnvVar variable : container.getEnv()) {
					if (variable.getValueFrom() != null && variable.getValueFrom().getSecretKeyRef() != null) {
						assertThat(variable.getValueFrom().getSecretKeyRef().getName())
							.as("secret of %s in %s", variable.getName(), workload)
							.isIn(Stream.concat(Stream.of("sentia-secrets"), cnpgSecrets.stream()).toList());
					}
					else if (variable.getName().matches(".*(PASSWORD|SECRET|_KEK|_KEY)$")
							&& !variable.getName().contains("ALLOW_")) {
						assertThat(variable.getValue())
							.as("%s of %s is not written in the manifest", variable.getName(), workload)
							.isNull();
					}
				}
			}
		});
	}

	@ParameterizedTest
	@MethodSource("overlays")
	void runsTheDemoProfileOnlyInDevelopment(String overlay) {
		String profiles = RenderedOverlay.of(overlay).platformSettings().get("SPRING_PROFILES_ACTIVE");
		if (overlay.equals("dev")) {
			assertThat(profiles).isEqualTo("demo");
		}
		else {
			assertThat(profiles).isEqualTo("prod");
			assertThat(RenderedOverlay.of(overlay).platformSettings()).containsEntry("SENTIA_SECURE_COOKIES", "true");
		}
	}

	@org.junit.jupiter.api.Test
	void createsTheSameDatabasesAsDockerCompose() {
		// Kustomize reads files only below its directory, so the script is copied there.
		assertThat(Repository.read(Repository.root().resolve("k8s/datastores/single/init-databases.sql")))
			.isEqualTo(Repository.read(Repository.root().resolve("docker/postgres/init-databases.sql")));
	}

	private static List<String> admittedTo(RenderedOverlay rendered, String workload) {
		PodTemplateSpec template = rendered.podTemplates().get(workload);
		assertThat(template).as("workload %s in %s", workload, rendered.name()).isNotNull();
		List<NetworkPolicy> policies = rendered.policiesSelecting(template.getMetadata().getLabels());
		assertThat(policies).as("NetworkPolicies opening %s", workload).isNotEmpty();
		return policies.stream().flatMap((policy) -> rendered.workloadsAdmittedBy(policy).stream()).distinct().toList();
	}

	private static void assertProbe(Probe probe, String path, String application) {
		assertThat(probe).as("probe on %s of %s", path, application).isNotNull();
		assertThat(probe.getHttpGet()).isNotNull();
		assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
		Object port = probe.getHttpGet().getPort().getIntVal() != null ? probe.getHttpGet().getPort().getIntVal()
				: probe.getHttpGet().getPort().getStrVal();
		assertThat(Objects.toString(port)).isIn("http", Integer.toString(Repository.serverPort(application)));
	}

	private static Deployment deployment(String overlay, String application) {
		return RenderedOverlay.of(overlay)
			.named(Deployment.class, application)
			.orElseThrow(() -> new AssertionError("no Deployment " + application + " in " + overlay));
	}

	private static Container container(Deployment deployment) {
		assertThat(deployment.getSpec().getTemplate().getSpec().getContainers()).hasSize(1);
		return deployment.getSpec().getTemplate().getSpec().getContainers().getFirst();
	}

}
