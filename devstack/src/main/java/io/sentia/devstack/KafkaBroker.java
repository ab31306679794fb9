package io.sentia.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;

/**
 * A real single-node KRaft Kafka broker in its own JVM, on fixed ports with its log kept
 * between runs, so it can be stopped and restarted like a production broker (fault tests
 * do).
 */
final class KafkaBroker implements AutoCloseable {

	private final Layout layout;

	private final int port;

	private final int controllerPort;

	private final String javaBin;

	private Process process;

	KafkaBroker(Layout layout, int port, int controllerPort, String javaBin) {
		this.layout = layout;
		this.port = port;
		this.controllerPort = controllerPort;
		this.javaBin = javaBin;
	}

	String bootstrapServers() {
		return "127.0.0.1:" + this.port;
	}

	synchronized void start(Duration timeout) throws IOException, InterruptedException {
		if (this.process != null && this.process.isAlive()) {
			return;
		}
		Path dir = this.layout.dataDir().resolve("kafka");
		Path logDir = dir.resolve("log");
		Files.createDirectories(logDir);
		Path config = dir.resolve("server.properties");
		Files.writeString(config, serverProperties(logDir));
		if (!Files.exists(logDir.resolve("meta.properties"))) {
			format(config, dir);
		}
		this.process = new ProcessBuilder(command("kafka.Kafka", config.toString())).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.layout.logOf("kafka").toFile()))
			.start();
		awaitReady(timeout);
	}

	/** Stops the broker the way an operator would (SIGTERM, controlled shutdown). */
	synchronized void stop() throws InterruptedException {
		if (this.process == null) {
			return;
		}
		ChildProcesses.terminate(this.process, Duration.ofSeconds(30));
		this.process = null;
	}

	boolean isRunning() {
		return this.process != null && this.process.isAlive();
	}

	@Override
	public void close() {
		try {
			stop();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void format(Path config, Path dir) throws IOException, InterruptedException {
		Process format = new ProcessBuilder(command("kafka.tools.StorageTool", "format", "-t",
				Uuid.randomUuid().toString(), "-c", config.toString(), "--ignore-formatted"))
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.layout.logOf("kafka").toFile()))
			.start();
		if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
			format.destroyForcibly();
			throw new IOException(
					"Formatting the Kafka log directory " + dir + " failed; see " + this.layout.logOf("kafka"));
		}
	}

	private List<String> command(String mainClass, String... args) {
		List<String> command = new ArrayList<>(List.of(this.javaBin, "-Xms128m", "-Xmx256m", "-XX:+UseSerialGC",
				"-XX:TieredStopAtLevel=1", "-Xss512k", "-cp", this.layout.libClasspath(), mainClass));
		command.addAll(List.of(args));
		return command;
	}

	private void awaitReady(Duration timeout) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
				AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
				2000);
		try (Admin admin = Admin.create(config)) {
			while (System.nanoTime() < deadline) {
				if (!this.process.isAlive()) {
					throw new IOException("The Kafka broker exited with code " + this.process.exitValue() + "; see "
							+ this.layout.logOf("kafka"));
				}
				try {
					admin.describeCluster(new DescribeClusterOptions().timeoutMs(2000))
						.nodes()
						.get(3, TimeUnit.SECONDS);
					return;
				}
				catch (Exception notYet) {
					Thread.sleep(250);
				}
			}
		}
		throw new IOException("The Kafka broker did not become ready within " + timeout.toSeconds() + " s; see "
				+ this.layout.logOf("kafka"));
	}

	private String serverProperties(Path logDir) {
		return String.join("\n", "process.roles=broker,controller", "node.id=1",
				"controller.quorum.voters=1@127.0.0.1:" + this.controllerPort,
				"listeners=PLAINTEXT://127.0.0.1:" + this.port + ",CONTROLLER://127.0.0.1:" + this.controllerPort,
				"advertised.listeners=PLAINTEXT://127.0.0.1:" + this.port, "controller.listener.names=CONTROLLER",
				"listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
				"inter.broker.listener.name=PLAINTEXT", "log.dirs=" + logDir.toAbsolutePath(), "num.partitions=3",
				"offsets.topic.replication.factor=1", "offsets.topic.num.partitions=3",
				"transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1",
				"transaction.state.log.num.partitions=3", "share.coordinator.state.topic.replication.factor=1",
				"share.coordinator.state.topic.min.isr=1", "group.initial.rebalance.delay.ms=0",
				"auto.create.topics.enable=true", "log.retention.hours=-1", "") + "\n";
	}

}
