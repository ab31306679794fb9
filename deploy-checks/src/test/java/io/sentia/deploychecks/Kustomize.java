package io.sentia.deploychecks;

import java.nio.file.Path;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Renders a Kustomize directory with {@code kubectl kustomize} (the Kustomize built into
 * kubectl), or the standalone {@code kustomize build} when only that is installed.
 */
final class Kustomize {

	static final String INSTALL_HINT = "kubectl is needed to render k8s/ (kubectl kustomize): install it from "
			+ "https://kubernetes.io/docs/tasks/tools/ (e.g. `sudo apt-get install -y kubectl` after adding the "
			+ "Kubernetes apt repository, or `sudo snap install kubectl --classic`), or put the standalone "
			+ "`kustomize` binary on the PATH";

	private Kustomize() {
	}

	/**
	 * Renders a directory of the repository.
	 * @param directory e.g. {@code k8s/overlays/prod}
	 * @return every object it produces, in order
	 */
	static List<JsonNode> render(String directory) {
		Path root = Repository.root();
		List<String> command;
		if (Command.onPath("kubectl").isPresent()) {
			command = List.of("kubectl", "kustomize", directory);
		}
		else if (Command.onPath("kustomize").isPresent()) {
			command = List.of("kustomize", "build", directory);
		}
		else {
			throw new IllegalStateException(INSTALL_HINT);
		}
		Command rendered = Command.run(root, command);
		if (!rendered.succeeded()) {
			throw new IllegalStateException(String.join(" ", command) + " failed: " + rendered.describe());
		}
		try (MappingIterator<JsonNode> documents = new YAMLMapper().readerFor(JsonNode.class)
			.readValues(rendered.stdout())) {
			return documents.readAll()
				.stream()
				.filter((document) -> !document.isNull() && !document.isEmpty())
				.toList();
		}
	}

}
