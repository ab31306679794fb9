package io.sentia.testkit;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.testcontainers.DockerClientFactory;

/**
 * Decides once whether Testcontainers can be used. Asking Testcontainers costs a few
 * hundred milliseconds and logs an error page when there is no Docker, so it is asked
 * only when something on this machine points at a Docker engine: the variables and files
 * Testcontainers itself reads, or one of the sockets its strategies look for.
 */
final class DockerDetection {

	private final Map<String, String> env;

	private final Function<String, String> systemProperties;

	private final Path home;

	private volatile Verdict verdict;

	DockerDetection(Map<String, String> env, Function<String, String> systemProperties, Path home) {
		this.env = env;
		this.systemProperties = systemProperties;
		this.home = home;
	}

	static DockerDetection forThisMachine() {
		return new DockerDetection(System.getenv(), System::getProperty, Path.of(System.getProperty("user.home")));
	}

	/**
	 * Whether Testcontainers has a working Docker environment; asked at most once.
	 * @return the verdict with the reason behind it
	 */
	Verdict verdict() {
		Verdict result = this.verdict;
		if (result == null) {
			synchronized (this) {
				result = this.verdict;
				if (result == null) {
					result = decide();
					this.verdict = result;
				}
			}
		}
		return result;
	}

	private Verdict decide() {
		List<String> hints = dockerHints();
		if (hints.isEmpty()) {
			return new Verdict(false, "no Docker engine in sight (no DOCKER_HOST, TESTCONTAINERS_* or TC_HOST variable,"
					+ " no ~/.testcontainers.properties, no Docker socket)");
		}
		if (DockerClientFactory.instance().isDockerAvailable()) {
			return new Verdict(true, "Testcontainers found Docker (" + String.join(", ", hints) + ")");
		}
		return new Verdict(false, "Testcontainers found no working Docker although " + String.join(", ", hints));
	}

	/**
	 * What suggests a Docker engine is reachable; empty means Testcontainers would find
	 * none.
	 * @return human-readable hints
	 */
	List<String> dockerHints() {
		List<String> hints = new ArrayList<>();
		if (this.systemProperties.apply("os.name").toLowerCase().startsWith("windows")) {
			hints.add("Windows, where Docker listens on a named pipe");
		}
		for (String name : this.env.keySet()) {
			if (name.equals("DOCKER_HOST") || name.equals("DOCKER_CONTEXT") || name.equals("TC_HOST")
					|| name.startsWith("TESTCONTAINERS_")) {
				hints.add(name + " is set");
			}
		}
		for (String property : List.of("docker.host", "tc.host")) {
			if (this.systemProperties.apply(property) != null) {
				hints.add("system property " + property + " is set");
			}
		}
		addIfExists(hints, this.home.resolve(".testcontainers.properties"));
		addIfExists(hints, this.home.resolve(".docker/contexts/meta"));
		for (Path socket : candidateSockets()) {
			addIfExists(hints, socket);
		}
		if (onPath("docker-machine")) {
			hints.add("docker-machine is installed");
		}
		return hints;
	}

	private List<Path> candidateSockets() {
		List<Path> sockets = new ArrayList<>(List.of(Path.of("/var/run/docker.sock"),
				this.home.resolve(".docker/desktop/docker.sock"), this.home.resolve(".docker/run/docker.sock")));
		String runtimeDir = this.env.get("XDG_RUNTIME_DIR");
		if (runtimeDir != null && !runtimeDir.isBlank()) {
			sockets.add(Path.of(runtimeDir, "docker.sock"));
		}
		sockets.add(Path.of("/run/user/1000/docker.sock"));
		return sockets;
	}

	private boolean onPath(String executable) {
		String path = this.env.get("PATH");
		if (path == null) {
			return false;
		}
		for (String directory : path.split(File.pathSeparator)) {
			if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, executable))) {
				return true;
			}
		}
		return false;
	}

	private static void addIfExists(List<String> hints, Path path) {
		if (Files.exists(path)) {
			hints.add(path + " exists");
		}
	}

	/**
	 * Whether to use Testcontainers, and why.
	 *
	 * @param available Testcontainers has a working Docker environment
	 * @param reason what the decision rests on, for logs and error messages
	 */
	record Verdict(boolean available, String reason) {

	}

}
