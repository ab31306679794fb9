package io.sentia.deploychecks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checkout these checks read, and the applications it ships: every module the root
 * {@code pom.xml} lists that has an {@code application.yml}.
 */
final class Repository {

	private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

	private static final Pattern ARTIFACT_ID = Pattern.compile("</parent>.*?<artifactId>([^<]+)</artifactId>",
			Pattern.DOTALL);

	private static final Pattern SERVER_PORT = Pattern
		.compile("(?m)^server:\\s*\\n(?:[ \\t]+.*\\n)*?[ \\t]+port:\\s*(\\d+)");

	private Repository() {
	}

	/**
	 * The repository root: the parent of this module's directory, where Maven runs the
	 * tests.
	 * @return the root
	 */
	static Path root() {
		Path module = Path.of("").toAbsolutePath();
		Path root = Files.exists(module.resolve("deploy-checks")) ? module : module.getParent();
		if (!Files.exists(root.resolve("docker-compose.yml"))) {
			throw new IllegalStateException(
					"Run from the repository or deploy-checks/: no docker-compose.yml in " + root);
		}
		return root;
	}

	/**
	 * The Spring Boot applications of the build, in the root pom's order.
	 * @return the module directory names
	 */
	static List<String> applications() {
		Matcher modules = MODULE.matcher(read(root().resolve("pom.xml")));
		List<String> applications = new java.util.ArrayList<>();
		while (modules.find()) {
			String module = modules.group(1).trim();
			if (Files.exists(root().resolve(module).resolve("src/main/resources/application.yml"))) {
				applications.add(module);
			}
		}
		return applications;
	}

	/**
	 * The artifact id a module's {@code pom.xml} declares (its own, not its parent's).
	 * @param module the module directory
	 * @return the artifact id
	 */
	static String artifactId(String module) {
		Matcher matcher = ARTIFACT_ID.matcher(read(root().resolve(module).resolve("pom.xml")));
		if (!matcher.find()) {
			throw new IllegalStateException(module + "/pom.xml declares no artifactId");
		}
		return matcher.group(1).trim();
	}

	/**
	 * The HTTP port an application listens on ({@code server.port} of its
	 * {@code application.yml}); the actuator shares it.
	 * @param module the module directory
	 * @return the port
	 */
	static int serverPort(String module) {
		Matcher matcher = SERVER_PORT
			.matcher(read(root().resolve(module).resolve("src/main/resources/application.yml")));
		if (!matcher.find()) {
			throw new IllegalStateException(module + "'s application.yml sets no server.port");
		}
		return Integer.parseInt(matcher.group(1));
	}

	static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
