package io.sentia.deploychecks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.sentia.deploychecks.Dockerfile.Instruction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Spring Boot application of the build has an image definition under
 * {@code docker/<module>/Dockerfile} that copies the jar the build really produces,
 * extracts it into layers, runs on a pinned JRE base image as a non-root user, and leaves
 * health to the orchestrator.
 */
class ImageDefinitionTests {

	// image[:tag][@digest]; a pinned tag carries a version number, e.g.
	// 25.0.3_9-jre.
	private static final Pattern IMAGE = Pattern
		.compile("^(?<name>[a-z0-9./_-]+)(?::(?<tag>[A-Za-z0-9._-]+))?(?:@(?<digest>sha256:[0-9a-f]{64}))?$");

	private static final Pattern VERSIONED_TAG = Pattern.compile(".*\\d+\\.\\d+.*");

	static List<String> applications() {
		return Repository.applications();
	}

	@Test
	void theBuildShipsEveryServiceTheArchitectureNames() {
		assertThat(applications()).containsExactlyInAnyOrder("service-registry", "gateway", "auth-service",
				"integrations-service", "forecasting-service", "analytics-service", "notifications-service");
	}

	@Test
	void bootApplicationsArePackagedUnderTheirArtifactId() {
		// The Dockerfiles copy <module>/target/<artifactId>.jar: the parent's
		// boot-application
		// profile must keep naming the jar that way.
		String parent = Repository.read(Repository.root().resolve("pom.xml"));
		String profile = parent.substring(parent.indexOf("<id>boot-application</id>"));
		assertThat(profile).contains("<finalName>${project.artifactId}</finalName>");
	}

	@ParameterizedTest
	@MethodSource("applications")
	void copiesTheJarTheModuleBuilds(String module) {
		Dockerfile dockerfile = dockerfile(module);
		String jar = module + "/target/" + Repository.artifactId(module) + ".jar";
		assertThat(dockerfile.all("COPY")).as("COPY of %s in %s", jar, dockerfile.path())
			.anySatisfy((copy) -> assertThat(copy.arguments()).startsWith(jar + " "));
		assertThat(Repository.read(dockerfileIgnore(module))).as("%s admits the jar", dockerfileIgnore(module))
			.contains("!" + jar);
	}

	@ParameterizedTest
	@MethodSource("applications")
	void runsTheLayeredJarThroughBootsLauncher(String module) {
		Dockerfile dockerfile = dockerfile(module);
		assertThat(dockerfile.all("RUN")).anySatisfy((run) -> assertThat(run.arguments())
			.contains("-Djarmode=tools -jar app.jar extract --layers --launcher"));
		for (String layer : List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application")) {
			assertThat(dockerfile.finalStage("COPY")).as("layer %s copied into the image", layer)
				.anySatisfy((copy) -> assertThat(copy.arguments()).contains("/extracted/" + layer + "/"));
		}
		assertThat(dockerfile.finalStage("ENTRYPOINT")).singleElement()
			.satisfies((entrypoint) -> assertThat(entrypoint.arguments()).startsWith("[\"java\"")
				.endsWith("\"org.springframework.boot.loader.launch.JarLauncher\"]"));
	}

	@ParameterizedTest
	@MethodSource("applications")
	void buildsOnPinnedJreBaseImages(String module) {
		Dockerfile dockerfile = dockerfile(module);
		List<Instruction> froms = dockerfile.all("FROM");
		assertThat(froms).isNotEmpty();
		for (Instruction from : froms) {
			String image = from.arguments().split("\\s+")[0];
			Matcher matcher = IMAGE.matcher(image);
			assertThat(matcher.matches()).as("FROM %s in %s", image, dockerfile.path()).isTrue();
			boolean pinnedTag = matcher.group("tag") != null && VERSIONED_TAG.matcher(matcher.group("tag")).matches();
			assertThat(pinnedTag || matcher.group("digest") != null)
				.as("FROM %s in %s names a version or a digest", image, dockerfile.path())
				.isTrue();
			assertThat(image).as("a JRE, not a JDK").containsAnyOf("-jre", "distroless/java");
		}
	}

	@ParameterizedTest
	@MethodSource("applications")
	void runsAsANumericNonRootUser(String module) {
		Dockerfile dockerfile = dockerfile(module);
		List<Instruction> users = dockerfile.finalStage("USER");
		assertThat(users).as("USER in the final stage of %s", dockerfile.path()).isNotEmpty();
		String user = users.getLast().arguments();
		// Numeric, so Kubernetes' runAsNonRoot can check it.
		assertThat(user).matches("\\d+(:\\d+)?");
		assertThat(Integer.parseInt(user.split(":")[0])).isPositive();
	}

	@ParameterizedTest
	@MethodSource("applications")
	void exposesTheApplicationsPortAndLeavesHealthToTheOrchestrator(String module) {
		Dockerfile dockerfile = dockerfile(module);
		assertThat(dockerfile.finalStage("EXPOSE")).singleElement()
			.satisfies((expose) -> assertThat(expose.arguments())
				.isEqualTo(Integer.toString(Repository.serverPort(module))));
		assertThat(dockerfile.all("HEALTHCHECK")).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("applications")
	void sizesTheHeapFromTheContainersMemoryLimit(String module) {
		assertThat(dockerfile(module).finalStage("ENV"))
			.anySatisfy((env) -> assertThat(env.arguments()).startsWith("JAVA_TOOL_OPTIONS=")
				.contains("-XX:MaxRAMPercentage=")
				.contains("-XX:+ExitOnOutOfMemoryError"));
	}

	@Test
	void everyImageDefinitionBelongsToAnApplication() throws Exception {
		try (var entries = Files.list(Repository.root().resolve("docker"))) {
			List<String> images = entries.filter((dir) -> Files.exists(dir.resolve("Dockerfile")))
				.map((dir) -> dir.getFileName().toString())
				.toList();
			assertThat(images).containsExactlyInAnyOrderElementsOf(applications());
		}
	}

	private static Dockerfile dockerfile(String module) {
		Path path = Repository.root().resolve("docker").resolve(module).resolve("Dockerfile");
		assertThat(path).as("image definition of %s", module).isRegularFile();
		return Dockerfile.read(path);
	}

	private static Path dockerfileIgnore(String module) {
		return Repository.root().resolve("docker").resolve(module).resolve("Dockerfile.dockerignore");
	}

}
