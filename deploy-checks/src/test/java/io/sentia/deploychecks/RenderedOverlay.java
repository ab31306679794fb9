package io.sentia.deploychecks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import tools.jackson.databind.JsonNode;

/**
 * One overlay of {@code k8s/overlays}, rendered by Kustomize and parsed strictly into the
 * fabric8 model; custom resources (Strimzi, CloudNativePG) are kept as parsed JSON.
 *
 * @param name the overlay: dev, test or prod
 * @param objects every typed object
 * @param customResources every custom resource, as rendered
 */
record RenderedOverlay(String name, List<HasMetadata> objects, List<JsonNode> customResources) {

	static final List<String> NAMES = List.of("dev", "test", "prod");

	private static final Map<String, RenderedOverlay> RENDERED = new ConcurrentHashMap<>();

	/**
	 * Renders and parses an overlay once per test run.
	 * @param name the overlay
	 * @return it, rendered
	 */
	static RenderedOverlay of(String name) {
		return RENDERED.computeIfAbsent(name, RenderedOverlay::render);
	}

	private static RenderedOverlay render(String name) {
		StrictKubernetesModel model = new StrictKubernetesModel();
		List<HasMetadata> objects = new ArrayList<>();
		List<JsonNode> customResources = new ArrayList<>();
		for (JsonNode document : Kustomize.render("k8s/overlays/" + name)) {
			HasMetadata object = model.parse(document);
			if (object instanceof GenericKubernetesResource) {
				customResources.add(document);
			}
			else {
				objects.add(object);
			}
		}
		return new RenderedOverlay(name, List.copyOf(objects), List.copyOf(customResources));
	}

	<T extends HasMetadata> List<T> all(Class<T> type) {
		return this.objects.stream().filter(type::isInstance).map(type::cast).toList();
	}

	<T extends HasMetadata> Optional<T> named(Class<T> type, String name) {
		return all(type).stream().filter((object) -> object.getMetadata().getName().equals(name)).findFirst();
	}

	List<JsonNode> customResources(String apiGroup, String kind) {
		return this.customResources.stream()
			.filter((resource) -> resource.get("apiVersion").asString().startsWith(apiGroup + "/")
					&& resource.get("kind").asString().equals(kind))
			.toList();
	}

	/**
	 * The platform's settings: the generated {@code sentia-platform-<hash>} ConfigMap.
	 * @return its data
	 */
	Map<String, String> platformSettings() {
		List<ConfigMap> settings = all(ConfigMap.class).stream()
			.filter((map) -> map.getMetadata().getName().startsWith("sentia-platform"))
			.toList();
		if (settings.size() != 1) {
			throw new IllegalStateException(this.name + " renders " + settings.size() + " sentia-platform ConfigMaps");
		}
		return settings.getFirst().getData();
	}

	/**
	 * Every pod template of the overlay's workloads, by workload name.
	 * @return Deployments' and StatefulSets' templates
	 */
	Map<String, PodTemplateSpec> podTemplates() {
		Map<String, PodTemplateSpec> templates = new java.util.TreeMap<>();
		all(Deployment.class).forEach((d) -> templates.put(d.getMetadata().getName(), d.getSpec().getTemplate()));
		all(StatefulSet.class).forEach((s) -> templates.put(s.getMetadata().getName(), s.getSpec().getTemplate()));
		return templates;
	}

	/**
	 * The NetworkPolicies (other than a default deny) that select pods with these labels.
	 * @param podLabels the labels of a pod
	 * @return the policies that admit some traffic to it
	 */
	List<NetworkPolicy> policiesSelecting(Map<String, String> podLabels) {
		return all(NetworkPolicy.class).stream()
			.filter((policy) -> !policy.getSpec().getIngress().isEmpty())
			.filter((policy) -> matches(policy.getSpec().getPodSelector(), podLabels))
			.toList();
	}

	/**
	 * The workloads of this overlay whose pods a policy's ingress rules admit.
	 * @param policy the policy
	 * @return workload names
	 */
	List<String> workloadsAdmittedBy(NetworkPolicy policy) {
		return podTemplates().entrySet()
			.stream()
			.filter((workload) -> policy.getSpec()
				.getIngress()
				.stream()
				.flatMap((rule) -> rule.getFrom().stream())
				.anyMatch((peer) -> admits(peer, workload.getValue().getMetadata().getLabels())))
			.map(Map.Entry::getKey)
			.toList();
	}

	static boolean admits(NetworkPolicyPeer peer, Map<String, String> podLabels) {
		return peer.getNamespaceSelector() == null && peer.getIpBlock() == null && peer.getPodSelector() != null
				&& matches(peer.getPodSelector(), podLabels);
	}

	/**
	 * Whether a selector selects pods with these labels (matchLabels and the {@code In}
	 * expressions the manifests use).
	 * @param selector the selector
	 * @param labels the pod's labels
	 * @return whether it selects them
	 */
	static boolean matches(LabelSelector selector, Map<String, String> labels) {
		if (selector == null) {
			return false;
		}
		Map<String, String> required = (selector.getMatchLabels() != null) ? selector.getMatchLabels() : Map.of();
		boolean labelsMatch = required.entrySet()
			.stream()
			.allMatch((label) -> label.getValue().equals(labels.get(label.getKey())));
		boolean expressionsMatch = selector.getMatchExpressions().stream().allMatch((expression) -> {
			if (!"In".equals(expression.getOperator())) {
				throw new IllegalStateException("Only In expressions are supported here: " + expression);
			}
			return expression.getValues().contains(labels.get(expression.getKey()));
		});
		return labelsMatch && expressionsMatch;
	}

}
