package io.sentia.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where one platform instance keeps its state: data of PostgreSQL and Kafka, logs and pid
 * files, all under one folder (git ignores {@code .devstack/}).
 */
public record Layout(Path repoRoot, Path stateDir) {

	public static Layout forDev(Path repoRoot) {
		return new Layout(repoRoot, repoRoot.resolve(".devstack"));
	}

	public Path dataDir() {
		return this.stateDir.resolve("data");
	}

	public Path logsDir() {
		return this.stateDir.resolve("logs");
	}

	public Path logOf(String name) {
		return logsDir().resolve(name + ".log");
	}

	public Path pidFile() {
		return this.stateDir.resolve("devstack.pid");
	}

	public Path jarOf(String module) {
		return this.repoRoot.resolve(module).resolve("target").resolve(module + ".jar");
	}

	/** The devstack's own runtime classpath, also used to run the Kafka broker. */
	public String libClasspath() {
		return this.repoRoot.resolve("devstack/target/lib").toAbsolutePath() + "/*";
	}

	/**
	 * GreenMail's standalone jar, copied there by the devstack build; {@link MailServer}
	 * loads it.
	 */
	public Path mailServerJar() {
		return this.repoRoot.resolve("devstack/target/greenmail/greenmail-standalone.jar");
	}

	public void createDirectories() throws IOException {
		Files.createDirectories(dataDir());
		Files.createDirectories(logsDir());
	}

}
