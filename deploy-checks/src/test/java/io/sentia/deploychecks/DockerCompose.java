package io.sentia.deploychecks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code docker-compose} command line (Debian's 1.29 or the v2 plugin). Rendering a
 * file with {@code config} needs no Docker daemon. When it is missing and this runs as
 * root with {@code apt-get}, it is installed as CI does
 * ({@code apt-get install -y docker-compose}).
 */
final class DockerCompose {

	private static final String INSTALL_HINT = "docker-compose is needed to validate docker-compose.yml: "
			+ "install it with `sudo apt-get install -y docker-compose` (Debian/Ubuntu) or the Docker Compose "
			+ "plugin (https://docs.docker.com/compose/install/)";

	private static List<String> command;

	private DockerCompose() {
	}

	/**
	 * Runs {@code docker-compose --env-file <envFile> -f docker-compose.yml <arguments>}
	 * in the repository root.
	 * @param envFile the variables to interpolate
	 * @param arguments the subcommand and its options
	 * @return how it ended
	 */
	static Command run(Path envFile, String... arguments) {
		List<String> line = new ArrayList<>(command());
		line.addAll(List.of("--env-file", envFile.toString(), "-f", "docker-compose.yml"));
		line.addAll(List.of(arguments));
		return Command.run(Repository.root(), line);
	}

	private static synchronized List<String> command() {
		if (command == null) {
			command = find();
		}
		return command;
	}

	private static List<String> find() {
		if (Command.onPath("docker-compose").isPresent()) {
			return List.of("docker-compose");
		}
		if (Command.onPath("docker").isPresent()
				&& Command.run(Repository.root(), List.of("docker", "compose", "version")).succeeded()) {
			return List.of("docker", "compose");
		}
		if (Command.onPath("apt-get").isPresent() && isRoot()) {
			Command install = Command.run(Repository.root(), List.of("apt-get", "install", "-y", "docker-compose"));
			if (install.succeeded() && Command.onPath("docker-compose").isPresent()) {
				return List.of("docker-compose");
			}
			throw new IllegalStateException(INSTALL_HINT + " (apt-get install failed: " + install.describe() + ")");
		}
		throw new IllegalStateException(INSTALL_HINT);
	}

	private static boolean isRoot() {
		try {
			return "0".equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid").toString());
		}
		catch (Exception ex) {
			return false;
		}
	}

}
