package io.sentia.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One Spring Boot application of the platform running as a child JVM. */
final class ServiceProcess {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

	private final Component component;

	private final int port;

	private final Path jar;

	private final Path log;

	private Process process;

	ServiceProcess(Component component, int port, Path jar, Path log) {
		this.component = component;
		this.port = port;
		this.jar = jar;
		this.log = log;
	}

	Component component() {
		return this.component;
	}

	int port() {
		return this.port;
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

	synchronized void start(String javaBin, List<String> jvmFlags, Map<String, String> env) throws IOException {
		if (this.process != null && this.process.isAlive()) {
			return;
		}
		if (!Files.isRegularFile(this.jar)) {
			throw new IOException("Missing " + this.jar + "; build first (./sentia up builds what is missing)");
		}
		List<String> command = new ArrayList<>();
		command.add(javaBin);
		command.add("-Xmx" + this.component.heap());
		command.addAll(jvmFlags);
		command.add("-jar");
		command.add(this.jar.toString());
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.log.toFile()));
		builder.environment().putAll(env);
		builder.environment().put("SERVER_PORT", Integer.toString(this.port));
		if (!this.component.isPublicDoor()) {
			// Only the gateway is reachable from other machines; everything behind it
			// listens on loopback.
			builder.environment().put("SERVER_ADDRESS", "127.0.0.1");
		}
		this.process = builder.start();
	}

	/** Waits until the component answers its readiness URL with 200. */
	void awaitReady(Duration timeout) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		URI uri = URI.create(baseUrl() + this.component.readinessPath());
		while (System.nanoTime() < deadline) {
			Process current = this.process;
			if (current == null || !current.isAlive()) {
				throw new IOException(this.component.name() + " exited"
						+ ((current != null) ? " with code " + current.exitValue() : "") + "; last lines of " + this.log
						+ ":\n" + tail(this.log, 30));
			}
			if (isReady(uri)) {
				return;
			}
			Thread.sleep(300);
		}
		throw new IOException(this.component.name() + " was not ready within " + timeout.toSeconds()
				+ " s; last lines of " + this.log + ":\n" + tail(this.log, 30));
	}

	boolean isAlive() {
		return this.process != null && this.process.isAlive();
	}

	long pid() {
		return (this.process != null) ? this.process.pid() : -1;
	}

	synchronized void stop() throws InterruptedException {
		if (this.process != null) {
			ChildProcesses.terminate(this.process, Duration.ofSeconds(20));
			this.process = null;
		}
	}

	synchronized void kill() throws InterruptedException {
		if (this.process != null) {
			ChildProcesses.kill(this.process);
			this.process = null;
		}
	}

	static boolean isReady(URI uri) {
		try {
			HttpResponse<Void> response = HTTP.send(
					HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).GET().build(),
					HttpResponse.BodyHandlers.discarding());
			return response.statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	static String tail(Path file, int lines) {
		try {
			List<String> all = Files.readAllLines(file);
			return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

}
