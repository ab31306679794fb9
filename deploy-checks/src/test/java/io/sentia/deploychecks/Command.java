package io.sentia.deploychecks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One external command (docker-compose, kubectl, apt-get) run to completion.
 *
 * @param exitCode its exit status
 * @param stdout what it wrote to standard output
 * @param stderr what it wrote to standard error
 */
record Command(int exitCode, String stdout, String stderr) {

	private static final long TIMEOUT_SECONDS = 120;

	/**
	 * Runs a command in a directory and waits for it.
	 * @param directory the working directory
	 * @param command the program and its arguments
	 * @return how it ended
	 */
	static Command run(Path directory, List<String> command) {
		try {
			Path out = Files.createTempFile("deploy-checks", ".out");
			Path err = Files.createTempFile("deploy-checks", ".err");
			try {
				Process process = new ProcessBuilder(command).directory(directory.toFile())
					.redirectOutput(out.toFile())
					.redirectError(err.toFile())
					.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
					.start();
				if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
					process.destroyForcibly();
					throw new IllegalStateException(
							String.join(" ", command) + " did not finish within " + TIMEOUT_SECONDS + " s");
				}
				return new Command(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
						Files.readString(err, StandardCharsets.UTF_8));
			}
			finally {
				Files.deleteIfExists(out);
				Files.deleteIfExists(err);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not run " + String.join(" ", command) + ": " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while running " + String.join(" ", command), ex);
		}
	}

	/**
	 * Finds an executable on the {@code PATH}.
	 * @param name the program's name
	 * @return its path, if there is one
	 */
	static Optional<Path> onPath(String name) {
		String path = System.getenv().getOrDefault("PATH", "");
		for (String directory : path.split(java.io.File.pathSeparator)) {
			if (directory.isBlank()) {
				continue;
			}
			Path candidate = Path.of(directory, name);
			if (Files.isExecutable(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	boolean succeeded() {
		return this.exitCode == 0;
	}

	String describe() {
		return "exit " + this.exitCode + (this.stderr.isBlank() ? "" : ": " + this.stderr.strip());
	}

}
