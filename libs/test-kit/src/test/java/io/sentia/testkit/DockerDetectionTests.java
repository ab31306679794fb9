package io.sentia.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class DockerDetectionTests {

	private static final Function<String, String> LINUX = (name) -> name.equals("os.name") ? "Linux" : null;

	@TempDir
	Path home;

	@Test
	void asksTestcontainersWhenDockerHostIsSet() {
		DockerDetection detection = new DockerDetection(Map.of("DOCKER_HOST", "tcp://docker:2375"), LINUX, this.home);

		assertThat(detection.dockerHints()).contains("DOCKER_HOST is set");
	}

	@Test
	void asksTestcontainersWhenItIsConfiguredByVariableOrFile() throws IOException {
		Files.writeString(this.home.resolve(".testcontainers.properties"), "tc.host=tcp://cloud:2375\n");
		DockerDetection detection = new DockerDetection(Map.of("TESTCONTAINERS_RYUK_DISABLED", "true"), LINUX,
				this.home);

		assertThat(detection.dockerHints()).contains("TESTCONTAINERS_RYUK_DISABLED is set")
			.anySatisfy((hint) -> assertThat(hint).contains(".testcontainers.properties"));
	}

	@Test
	void asksTestcontainersWhenADockerDesktopSocketExists() throws IOException {
		Files.createDirectories(this.home.resolve(".docker/desktop"));
		Files.createFile(this.home.resolve(".docker/desktop/docker.sock"));
		DockerDetection detection = new DockerDetection(Map.of(), LINUX, this.home);

		assertThat(detection.dockerHints()).anySatisfy((hint) -> assertThat(hint).contains("desktop/docker.sock"));
	}

	@Test
	void decidesWithoutTestcontainersWhenNothingPointsAtDocker() {
		DockerDetection detection = new DockerDetection(Map.of(), LINUX, this.home);
		assumeTrue(detection.dockerHints().isEmpty(), "this machine has a Docker socket");

		DockerDetection.Verdict verdict = detection.verdict();

		assertThat(verdict.available()).isFalse();
		assertThat(verdict.reason()).contains("no Docker engine in sight");
	}

}
